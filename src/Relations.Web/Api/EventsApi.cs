using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;
using Relations.Web.Features.Export;
using Relations.Web.Features.Search;

namespace Relations.Web.Api;

/// <summary>/api/events: the search's filters (q, year, from, to, decade, person, country, relation, kind, page), paged.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", async Task<Results<Ok<EventPage>, ValidationProblem>> (HttpRequest request, RelationsDb db, CancellationToken ct) =>
        {
            var (filters, errors) = SearchFilters.Parse(request.Query);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var result = await EventSearch.RunAsync(db, filters, withFacets: false, ct);
            var items = await EventExports.LoadAsync(db, [.. result.Items.Select(i => i.Id)], ct);
            return TypedResults.Ok(new EventPage(result.Total, result.Filters.Page, SearchFilters.PageSize, items));
        });

        api.MapGet("/events.csv", async Task<IResult> (HttpRequest request, RelationsDb db, CancellationToken ct) =>
        {
            var (filters, errors) = SearchFilters.Parse(request.Query);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            // The CSV holds every match (no paging), in date order.
            var (applied, _) = await EventSearch.InterpretAsync(db, filters, ct);
            var events = await EventSearch.Filter(db, applied).OrderBy(e => e.Earliest).ThenBy(e => e.Id).Select(EventItem.FromRow).ToListAsync(ct);
            return EventCsv.Write(events, "events.csv");
        });
        return api;
    }
}
