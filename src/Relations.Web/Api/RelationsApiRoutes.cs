using Relations.Web.Infrastructure;

namespace Relations.Web.Api;

/// <summary>The JSON API under /api: the export's shapes (DESIGN.md), rate-limited per client, unknown paths as problem details.</summary>
public static class RelationsApiRoutes
{
    public static IEndpointRouteBuilder MapRelationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.Policy).WithTags("Relations");
        api.MapRelationEndpoints(app);
        api.MapCountriesApi();
        api.MapPeopleApi();
        api.MapEventsApi();
        api.MapGraphApi();
        api.MapFallback(() => RelationsApi.NotFound("No such API endpoint."));
        return app;
    }
}
