using Relations.Web.Data;
using Relations.Web.Features.Graph;
using Relations.Web.Features.Quality;

namespace Relations.Web.Api;

public static class ImportApi
{
    /// <summary>/api/import: the JSON twin of the /import data-quality page (lists capped unless ?all=true).</summary>
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/import", async (bool? all, RelationsDb db, CorpusCache cache, CancellationToken ct) =>
        {
            var report = await ImportQuality.CachedAsync(cache, db, ct);
            return TypedResults.Ok(all == true ? report : report.Capped(ImportQuality.Cap));
        }).RequireRateLimiting(Infrastructure.RateLimits.Policy).WithTags("Relations");
        return app;
    }
}
