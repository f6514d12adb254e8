using Relations.Web.Data;
using Relations.Web.Features.Graph;

namespace Relations.Web.Api;

public static class GraphApi
{
    public static RouteGroupBuilder MapGraphApi(this RouteGroupBuilder api)
    {
        api.MapGet("/graph", async (RelationsDb db, CancellationToken ct) => TypedResults.Ok(await RelationGraph.LoadAsync(db, ct)));
        return api;
    }
}
