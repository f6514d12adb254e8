using Microsoft.EntityFrameworkCore;
using Relations.Articles.Values;
using Relations.Web.Data;
using Relations.Web.Features.Events;
using Relations.Web.Features.Years;

namespace Relations.Web.Features.Search;

/// <summary>A facet value: how many results have it, and the URL that narrows to it.</summary>
public sealed record FacetValue(string Label, string Value, int Count);

public sealed record Facets(IReadOnlyList<FacetValue> Decades, IReadOnlyList<FacetValue> Kinds, IReadOnlyList<FacetValue> Relations, IReadOnlyList<FacetValue> Persons);

/// <summary>One page of results; <see cref="Filters"/> are the applied ones (a person or period read from q included).</summary>
public sealed record SearchResult(SearchFilters Filters, IReadOnlyList<string> Words, int Total, IReadOnlyList<EventItem> Items, Facets Facets, string? PersonName)
{
    public int Pages => Math.Max(1, (Total + SearchFilters.PageSize - 1) / SearchFilters.PageSize);
}

/// <summary>
/// Event search: FTS5 for the words (rowids only, through a parameter), EF for the filters, facets and paging.
/// Results are ordered by date then id, never by rank over an unbounded match set.
/// </summary>
public static class EventSearch
{
    public static async Task<SearchResult> RunAsync(RelationsDb db, SearchFilters filters, bool withFacets = true, CancellationToken ct = default)
    {
        var (applied, personName) = await InterpretAsync(db, filters, ct);
        var words = SearchText.Words(applied.Q);
        var matching = Filter(db, applied);
        var total = await matching.CountAsync(ct);
        var items = await matching
            .OrderBy(e => e.Earliest).ThenBy(e => e.Id)
            .Skip((applied.Page - 1) * SearchFilters.PageSize)
            .Take(SearchFilters.PageSize)
            .Select(EventItem.FromRow)
            .ToListAsync(ct);
        var facets = withFacets && total > 0 ? await FacetsAsync(db, matching, ct) : new Facets([], [], [], []);
        return new SearchResult(applied, words, total, items, facets, personName);
    }

    /// <summary>
    /// "Kim Il Sung 1958" and "Castro 1960s": a trailing year or decade becomes the period filter, and when the rest
    /// names a person (name or alias, folded) it becomes the person filter instead of words.
    /// </summary>
    public static async Task<(SearchFilters Filters, string? PersonName)> InterpretAsync(RelationsDb db, SearchFilters filters, CancellationToken ct = default)
    {
        string? personName = null;
        if (filters.Person is not null)
        {
            personName = await db.Persons.Where(p => p.Slug == filters.Person).Select(p => p.Name).FirstOrDefaultAsync(ct);
        }

        if (filters.Q is null)
        {
            return (filters, personName);
        }

        var (rest, period) = SearchText.SplitTrailingPeriod(filters.Q);
        var result = filters;
        if (period is not null && rest.Length > 0 && filters.Year is null && filters.Decade is null && Period.TryParse(period, out var p))
        {
            result = p.IsDecade ? result with { Q = rest, Decade = p.Start } : result with { Q = rest, Year = p.Start };
        }

        if (result.Person is null && result.Q is { } words)
        {
            var slug = Slug.From(words);
            if (slug.Length > 0)
            {
                var person = await db.Persons.Where(x => x.Slug == slug || x.Aliases.Any(a => a.Slug == slug))
                    .Select(x => new { x.Slug, x.Name }).FirstOrDefaultAsync(ct);
                if (person is not null)
                {
                    result = result with { Q = null, Person = person.Slug };
                    personName = person.Name;
                }
            }
        }

        return (result, personName);
    }

    public static IQueryable<EventRow> Filter(RelationsDb db, SearchFilters f)
    {
        var events = db.Events.AsQueryable();
        if (f.Q is not null)
        {
            var fts = SearchText.FtsQuery(f.Q);
            if (fts is null)
            {
                // Nothing searchable in q ("*", "--"): no event matches.
                return events.Where(e => false);
            }

            // The words reach FTS5 as one bound parameter, each quoted as a string: never as query syntax.
            var ids = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM EventSearch WHERE EventSearch MATCH {fts}");
            events = events.Where(e => ids.Contains(e.Id));
        }

        if (f.Year is { } year)
        {
            events = Overlapping(events, Period.Year(year));
        }

        if (f.Decade is { } decade)
        {
            events = Overlapping(events, Period.Decade(decade));
        }

        if (f.From is { } from)
        {
            var first = new DateOnly(from, 1, 1);
            events = events.Where(e => e.Latest >= first);
        }

        if (f.To is { } to)
        {
            var last = new DateOnly(to, 12, 31);
            events = events.Where(e => e.Earliest <= last);
        }

        if (f.Person is { } person)
        {
            events = events.Where(e => e.Persons.Any(p => p.Person.Slug == person));
        }

        if (f.Country is { } country)
        {
            events = events.Where(e => e.Countries.Any(c => c.Country.Slug == country) || e.Relation.FirstCountry.Slug == country || e.Relation.SecondCountry.Slug == country);
        }

        if (f.Relation is { } relation)
        {
            events = events.Where(e => e.Relation.Slug == relation);
        }

        if (f.Kind is { } kind)
        {
            events = events.Where(e => e.Kind == kind);
        }

        return events;
    }

    private static IQueryable<EventRow> Overlapping(IQueryable<EventRow> events, Period period)
    {
        var first = period.First;
        var last = period.Last;
        return events.Where(e => e.Earliest <= last && e.Latest >= first);
    }

    private static async Task<Facets> FacetsAsync(RelationsDb db, IQueryable<EventRow> matching, CancellationToken ct)
    {
        // One grouped pass for three facets: each query re-runs the full-text match, so fewer queries is faster.
        var cells = await matching.GroupBy(e => new { Decade = e.Earliest.Year / 10 * 10, e.Kind, e.RelationId })
            .Select(g => new { g.Key.Decade, g.Key.Kind, g.Key.RelationId, Count = g.Count() })
            .ToListAsync(ct);
        var decades = cells.GroupBy(c => c.Decade).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).OrderBy(g => g.Key).ToList();
        var kinds = cells.GroupBy(c => c.Kind, StringComparer.Ordinal).Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).ToList();
        var topRelations = cells.GroupBy(c => c.RelationId).Select(g => new { Id = g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var relationIds = topRelations.Select(r => r.Id).ToList();
        var titles = relationIds.Count <= 500
            ? await db.Relations.Where(r => relationIds.Contains(r.Id)).Select(r => new { r.Id, r.Slug, r.Title }).ToDictionaryAsync(r => r.Id, ct)
            : (await db.Relations.Select(r => new { r.Id, r.Slug, r.Title }).ToListAsync(ct)).ToDictionary(r => r.Id);
        var relations = topRelations.Select(r => new { titles[r.Id].Slug, titles[r.Id].Title, r.Count })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Title, StringComparer.Ordinal).Take(12).ToList();
        var ids = matching.Select(e => e.Id);
        var persons = await db.EventPersons.Where(ep => ids.Contains(ep.EventId)).GroupBy(ep => new { ep.Person.Slug, ep.Person.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Name).Take(12).ToListAsync(ct);
        return new Facets(
            [.. decades.Select(d => new FacetValue($"{d.Key}s", $"{d.Key}s", d.Count))],
            [.. kinds.Select(k => new FacetValue(k.Key, k.Key, k.Count))],
            [.. relations.Select(r => new FacetValue(r.Title, r.Slug, r.Count))],
            [.. persons.Select(p => new FacetValue(p.Name, p.Slug, p.Count))]);
    }
}
