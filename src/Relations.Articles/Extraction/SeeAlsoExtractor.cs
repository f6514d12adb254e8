using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Syntax;

namespace Relations.Articles.Extraction;

/// <summary>See also items: "X–Y relations" is a relation, "Foreign relations of X" a country, anything else a topic.</summary>
public static partial class SeeAlsoExtractor
{
    public static IReadOnlyList<SeeAlsoFact> Extract(WikiDocument document, Gazetteer gazetteer)
    {
        var items = new List<SeeAlsoFact>();
        foreach (var item in document.SeeAlso())
        {
            var title = Clean(item.Text);
            if (title.Length == 0)
            {
                continue;
            }

            items.Add(Classify(title, item.Line, gazetteer));
        }

        return items;
    }

    public static SeeAlsoFact Classify(string title, int line, Gazetteer gazetteer)
    {
        var foreign = ForeignRelationsOf().Match(title);
        if (foreign.Success)
        {
            return new SeeAlsoFact(title, SeeAlsoKind.Country, gazetteer.Find(foreign.Groups["country"].Value)?.Slug, line);
        }

        if (RelationTitle.Parse(title, gazetteer, out _) is { } relation)
        {
            return new SeeAlsoFact(title, SeeAlsoKind.Relation, relation.Slug, line);
        }

        // An "X–Y relations" title whose parties the gazetteer lacks is still a relation, just not resolvable: one with a
        // continent for a side ("China–Africa relations") too, as GOLD-FORMAT.md defines the kind by the title's shape.
        return RelationShape().IsMatch(title)
            ? new SeeAlsoFact(title, SeeAlsoKind.Relation, null, line)
            : new SeeAlsoFact(title, SeeAlsoKind.Topic, null, line);
    }

    // "[[Koreans in Vietnam]]", "Koreans in Vietnam." → "Koreans in Vietnam"
    private static string Clean(string text) =>
        Whitespace().Replace(text.Replace("[[", string.Empty, StringComparison.Ordinal).Replace("]]", string.Empty, StringComparison.Ordinal), " ")
            .Trim().TrimEnd('.', ';', ',').Trim();

    [GeneratedRegex(@"^Foreign relations of (?:the )?(?<country>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignRelationsOf();

    [GeneratedRegex(@"^\S.*[–—-].*\S\s+relations$", RegexOptions.IgnoreCase)]
    private static partial Regex RelationShape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
