using System.Text;
using Relations.Web.Data;
using Relations.Web.Features.Graph;

namespace Relations.Web.Api;

public static class GraphApi
{
    public static RouteGroupBuilder MapGraphApi(this RouteGroupBuilder api)
    {
        api.MapGet("/graph", async (RelationsDb db, CorpusCache cache, CancellationToken ct) =>
            TypedResults.Ok(RelationGraph.Document(await cache.GraphAsync(db, ct))));
        return api;
    }

    /// <summary>The downloads linked from /graph: the JSON of /api/graph and GraphML.</summary>
    public static IEndpointRouteBuilder MapGraphDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/graph.json", async (RelationsDb db, CorpusCache cache, CancellationToken ct) =>
            TypedResults.Ok(RelationGraph.Document(await cache.GraphAsync(db, ct))))
            .RequireRateLimiting(Infrastructure.RateLimits.Policy);

        app.MapGet("/graph.graphml", async (RelationsDb db, CorpusCache cache, CancellationToken ct) =>
        {
            var xml = await cache.GetAsync("graphml", async () =>
            {
                var document = GraphMl.Of(await cache.GraphAsync(db, ct));
                return document.Declaration + "\n" + document.Root;
            });
            return TypedResults.Text(xml, "application/graphml+xml", Encoding.UTF8);
        }).RequireRateLimiting(Infrastructure.RateLimits.Policy);
        return app;
    }
}
