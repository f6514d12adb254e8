using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Relations.Web.Features.Years;

namespace Relations.Web.Features.Search;

/// <summary>
/// The search's query string: <c>q, year, from, to, decade, person, country, relation, kind, page</c>.
/// All view state lives here (STYLE.md, Datasette), so every result set has a shareable URL.
/// </summary>
public sealed record SearchFilters
{
    public const int MaxQueryLength = 200;

    public const int PageSize = 20;

    public string? Q { get; init; }

    public int? Year { get; init; }

    public int? From { get; init; }

    public int? To { get; init; }

    public int? Decade { get; init; }

    public string? Person { get; init; }

    public string? Country { get; init; }

    public string? Relation { get; init; }

    public string? Kind { get; init; }

    public int Page { get; init; } = 1;

    public bool IsEmpty => Q is null && Year is null && From is null && To is null && Decade is null && Person is null && Country is null && Relation is null && Kind is null;

    /// <summary>Reads and validates the query string; errors are messages for the user, keyed by parameter.</summary>
    public static (SearchFilters Filters, IReadOnlyDictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var values = query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString().Trim(), StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

        int? Year(string key)
        {
            var text = Text(key);
            if (text is null)
            {
                return null;
            }

            if (text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return year;
            }

            errors[key] = [$"\"{text}\" is not a year: use four digits, like 1968."];
            return null;
        }

        var q = Text("q");
        if (q is not null && q.Length > MaxQueryLength)
        {
            errors["q"] = [$"The search text is {q.Length} characters long; at most {MaxQueryLength} are searched."];
            q = q[..MaxQueryLength];
        }

        int? decade = null;
        if (Text("decade") is { } decadeText)
        {
            var normalized = decadeText.EndsWith('s') ? decadeText : decadeText + "s";
            if (Period.TryParse(normalized, out var p) && p.IsDecade)
            {
                decade = p.Start;
            }
            else
            {
                errors["decade"] = [$"\"{decadeText}\" is not a decade: use a form like 1960s."];
            }
        }

        var page = 1;
        if (Text("page") is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > 100_000))
        {
            errors["page"] = [$"\"{pageText}\" is not a page number."];
            page = 1;
        }

        var filters = new SearchFilters
        {
            Q = q,
            Year = Year("year"),
            From = Year("from"),
            To = Year("to"),
            Decade = decade,
            Person = Slug(Text("person"), "person", errors),
            Country = Slug(Text("country"), "country", errors),
            Relation = Slug(Text("relation"), "relation", errors, allowSlash: true),
            Kind = Slug(Text("kind"), "kind", errors),
            Page = page,
        };

        if (filters.From is { } from && filters.To is { } to && from > to)
        {
            errors["from"] = [$"\"From\" ({from}) is after \"to\" ({to})."];
        }

        return (filters, errors);
    }

    private static string? Slug(string? text, string key, Dictionary<string, string[]> errors, bool allowSlash = false)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 200 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || (allowSlash && c == '/')))
        {
            return text.ToLowerInvariant();
        }

        errors[key] = [$"\"{text}\" is not a {key} name as it appears in links."];
        return null;
    }

    /// <summary>The filters as query-string pairs (page left out unless asked).</summary>
    public IEnumerable<KeyValuePair<string, string>> Pairs(bool withPage = false)
    {
        if (Q is not null) { yield return new("q", Q); }
        if (Year is { } y) { yield return new("year", y.ToString(CultureInfo.InvariantCulture)); }
        if (From is { } f) { yield return new("from", f.ToString(CultureInfo.InvariantCulture)); }
        if (To is { } t) { yield return new("to", t.ToString(CultureInfo.InvariantCulture)); }
        if (Decade is { } d) { yield return new("decade", d.ToString(CultureInfo.InvariantCulture) + "s"); }
        if (Person is not null) { yield return new("person", Person); }
        if (Country is not null) { yield return new("country", Country); }
        if (Relation is not null) { yield return new("relation", Relation); }
        if (Kind is not null) { yield return new("kind", Kind); }
        if (withPage && Page > 1) { yield return new("page", Page.ToString(CultureInfo.InvariantCulture)); }
    }

    /// <summary>A URL for these filters under <paramref name="path"/>.</summary>
    public string Url(string path = "/search", bool withPage = false)
    {
        var url = path;
        foreach (var (key, value) in Pairs(withPage))
        {
            url = QueryHelpers.AddQueryString(url, key, value);
        }

        return url;
    }
}
