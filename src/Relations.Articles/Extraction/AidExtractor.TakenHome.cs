using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>What a visitor takes home from the party visited.</summary>
public static partial class AidExtractor
{
    /// <summary>"President Limann paid a state visit to Bulgaria in May 1981 and left with a credit of US$25 million": the party
    /// visited gives what the visitor leaves or comes home with.</summary>
    private static Country? TakenHome(AnalysedArticle article, AnalysedSentence s, int from, int cue)
    {
        // Most clauses name no visit.
        var span = s.Text.AsSpan(from, cue - from);
        if (!span.Contains("visit", StringComparison.Ordinal) || !span.Contains(" with ", StringComparison.Ordinal) || !LeftWith().IsMatch(span))
        {
            return null;
        }

        var host = s.Countries.LastOrDefault(c => c.Start >= from && c.Start < cue && !c.IsDemonym && article.Party(c.Country) is not null
            && VisitTo().IsMatch(s.Text.AsSpan(Math.Max(0, c.Start - 20), Math.Min(20, c.Start))));
        return host is null ? null : article.Party(host.Country);
    }

    // "and left with a long-term ", "came home with an ": the visitor's leaving with the cue's noun, up to the cue.
    [GeneratedRegex(@"\b(?:left|returned(?:\s+home)?|came\s+(?:home|back)|went\s+home|flew\s+home)\s+with\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}$")]
    private static partial Regex LeftWith();

    // "paid a state visit to ", "visited ", "made his first visit to the ": the visit whose place follows.
    [GeneratedRegex(@"\b(?:visit\s+to|visited|trip\s+to)\s+(?:the\s+)?$")]
    private static partial Regex VisitTo();
}
