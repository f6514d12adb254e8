using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;
using Relations.Web.Features.Export;
using Relations.Web.Features.Relationships;

namespace Relations.Web.Api;

public static class RelationsApi
{
    public static RouteGroupBuilder MapRelationEndpoints(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        api.MapGet("/relations", async (RelationsDb db, CancellationToken ct) =>
            TypedResults.Ok((await RelationIndex.LoadAsync(db, "title", ct))
                .Select(r => new RelationListItem(r.Slug, r.Title, [r.FirstCountry, r.SecondCountry], r.Established, r.EventCount)).ToList()));

        api.MapGet("/relations/{a}/{b}", async Task<Results<Ok<RelationExport>, ProblemHttpResult>> (string a, string b, RelationsDb db, CancellationToken ct) =>
            await RelationExports.LoadOneAsync(db, RelationshipHistory.SlugOf(a, b), ct) is { } relation
                ? TypedResults.Ok(relation)
                : NotFound($"No relation {a}/{b} in the corpus."));

        // The CSV twin of a relation's timeline sits next to its page.
        app.MapGet("/relations/{a}/{b}/events.csv", async Task<IResult> (string a, string b, RelationsDb db, CancellationToken ct) =>
        {
            var slug = RelationshipHistory.SlugOf(a, b);
            if (!await db.Relations.AnyAsync(r => r.Slug == slug, ct))
            {
                return NotFound($"No relation {slug} in the corpus.");
            }

            var events = await db.Events.Where(e => e.Relation.Slug == slug).OrderBy(e => e.Earliest).ThenBy(e => e.Id).Select(EventItem.FromRow).ToListAsync(ct);
            return EventCsv.Write(events, $"{a}-{b}-events.csv");
        }).RequireRateLimiting(Infrastructure.RateLimits.Policy);

        return api;
    }

    /// <summary>404 with a problem-details body (application/problem+json).</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
