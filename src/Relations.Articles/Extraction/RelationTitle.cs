using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>The two parties named by a title "A–B relations" (en dash; a hyphen or em dash is accepted and normalised).</summary>
public sealed partial record RelationTitle(Country First, Country Second, string Title)
{
    public string Slug => $"{First.Slug}/{Second.Slug}";

    /// <summary>Resolves a title; on failure <paramref name="reason"/> says why (not a relation title, or an unknown country).</summary>
    public static RelationTitle? Parse(string title, Gazetteer gazetteer, out string? reason)
    {
        var m = Pattern().Match(title.Trim());
        if (!m.Success)
        {
            reason = $"'{title}' is not a relation title; expected 'A–B relations'";
            return null;
        }

        var pair = m.Groups["pair"].Value;

        // Try every dash as the separator: country names may hold hyphens themselves ("Guinea-Bissau").
        string? unknown = null;
        for (var i = 0; i < pair.Length; i++)
        {
            if (pair[i] is not ('–' or '—' or '-' or '‒' or '‐'))
            {
                continue;
            }

            var left = pair[..i].Trim();
            var right = pair[(i + 1)..].Trim();
            var a = gazetteer.Find(left);
            var b = gazetteer.Find(right);
            if (a is not null && b is not null && a != b)
            {
                reason = null;
                return new RelationTitle(a, b, $"{left}–{right} relations");
            }

            if (a is null || b is null)
            {
                unknown ??= a is null ? left : right;
            }
        }

        reason = unknown is null
            ? $"'{title}' does not name two countries; expected 'A–B relations'"
            : $"'{unknown}' in the title '{title}' is not a known country (see data/reference/countries.csv)";
        return null;
    }

    /// <summary>True for a title of the shape "A–B relations", whether or not its parties are known.</summary>
    public static bool LooksLikeRelation(string title) => Pattern().IsMatch(title.Trim());

    [GeneratedRegex(@"^(?<pair>.+?[–—‒‐-].+?)\s+relations$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
