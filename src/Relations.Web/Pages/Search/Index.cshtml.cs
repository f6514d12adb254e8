using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Relations.Web.Data;
using Relations.Web.Features.Search;
using Relations.Web.Infrastructure;

namespace Relations.Web.Pages.Search;

/// <summary>An applied filter and the link that removes it.</summary>
public sealed record FilterChip(string Label, string RemoveUrl);

[EnableRateLimiting(RateLimits.Policy)]
public class SearchModel(RelationsDb db) : PageModel
{
    public SearchFilters Filters { get; private set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public SearchResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filters, errors) = SearchFilters.Parse(Request.Query);
        Filters = filters;
        Errors = errors;
        if (errors.Count > 0)
        {
            // A friendly page with the form, never a 500: the status says the request was at fault.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!filters.IsEmpty)
        {
            Result = await EventSearch.RunAsync(db, filters, withFacets: true, ct);
        }

        return Page();
    }

    public string Summary => Result is null
        ? "Type a few words, a name or a year"
        : Result.Total switch
        {
            0 => "No events found",
            1 => "1 event",
            var n => string.Create(CultureInfo.InvariantCulture, $"{n} events"),
        };

    public string EmptyExplanation
    {
        get
        {
            if (Result is null)
            {
                return string.Empty;
            }

            var f = Result.Filters;
            if (f.Q is not null && Result.Words.Count == 0)
            {
                return $"“{f.Q}” has no letters or digits to search for. Try words from an event, a person or a country.";
            }

            var parts = new List<string>();
            if (f.Q is not null) { parts.Add($"the words {string.Join(" ", Result.Words.Select(w => $"“{w}”"))} (all of them)"); }
            if (f.Person is not null) { parts.Add($"person {Result.PersonName ?? f.Person}"); }
            if (f.Year is { } y) { parts.Add(string.Create(CultureInfo.InvariantCulture, $"year {y}")); }
            if (f.Decade is { } d) { parts.Add(string.Create(CultureInfo.InvariantCulture, $"the {d}s")); }
            if (f.From is { } from) { parts.Add(string.Create(CultureInfo.InvariantCulture, $"from {from}")); }
            if (f.To is { } to) { parts.Add(string.Create(CultureInfo.InvariantCulture, $"to {to}")); }
            if (f.Country is not null) { parts.Add($"country {f.Country}"); }
            if (f.Relation is not null) { parts.Add($"relation {f.Relation}"); }
            if (f.Kind is not null) { parts.Add($"kind {f.Kind}"); }
            return $"No event matches {string.Join(", ", parts)}. Remove a filter above, or try fewer or other words.";
        }
    }

    public IEnumerable<FilterChip> AppliedFilters()
    {
        var f = Result!.Filters;
        if (f.Q is not null) { yield return new($"Words: {f.Q}", (f with { Q = null, Page = 1 }).Url()); }
        if (f.Person is not null) { yield return new($"Person: {Result.PersonName ?? f.Person}", (f with { Person = null, Page = 1 }).Url()); }
        if (f.Year is { } y) { yield return new(string.Create(CultureInfo.InvariantCulture, $"Year: {y}"), (f with { Year = null, Page = 1 }).Url()); }
        if (f.Decade is { } d) { yield return new(string.Create(CultureInfo.InvariantCulture, $"Decade: {d}s"), (f with { Decade = null, Page = 1 }).Url()); }
        if (f.From is { } from) { yield return new(string.Create(CultureInfo.InvariantCulture, $"From: {from}"), (f with { From = null, Page = 1 }).Url()); }
        if (f.To is { } to) { yield return new(string.Create(CultureInfo.InvariantCulture, $"To: {to}"), (f with { To = null, Page = 1 }).Url()); }
        if (f.Country is not null) { yield return new($"Country: {f.Country}", (f with { Country = null, Page = 1 }).Url()); }
        if (f.Relation is not null) { yield return new($"Relation: {f.Relation}", (f with { Relation = null, Page = 1 }).Url()); }
        if (f.Kind is not null) { yield return new($"Kind: {f.Kind}", (f with { Kind = null, Page = 1 }).Url()); }
    }

    public IEnumerable<(string Title, string Key, IReadOnlyList<FacetValue> Values)> FacetGroups()
    {
        var facets = Result!.Facets;
        yield return ("Decade", "decade", facets.Decades);
        yield return ("Kind", "kind", facets.Kinds);
        yield return ("Relation", "relation", facets.Relations);
        yield return ("Person", "person", facets.Persons);
    }

    public string NarrowUrl(string key, string value)
    {
        var f = Result!.Filters with { Page = 1 };
        f = key switch
        {
            "decade" => f with { Decade = int.Parse(value.TrimEnd('s'), CultureInfo.InvariantCulture), Year = null },
            "kind" => f with { Kind = value },
            "relation" => f with { Relation = value },
            _ => f with { Person = value },
        };
        return f.Url();
    }

    public string PageUrl(int page) => (Result!.Filters with { Page = page }).Url(withPage: true);
}
