using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>A third country as the subject of a transfer: what it gives passes between neither party.</summary>
public static partial class AidExtractor
{
    /// <summary>
    /// "Vietnam, which at the height of its occupation kept some 180,000 troops in Cambodia, …" in an article on Cambodia
    /// and Laos: a third country that opens the clause (after any date phrase) and is its subject, with no party named
    /// before the cue, gives; neither party does.
    /// </summary>
    private static bool ThirdSubject(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int cue)
    {
        CountryMention? third = null;
        foreach (var c in s.Countries)
        {
            if (c.Start < clause.Start || c.Start + c.Length > cue)
            {
                continue;
            }

            if (article.Party(c.Country) is not null)
            {
                return false;
            }

            third ??= c.IsDemonym ? null : c;
        }

        if (third is null)
        {
            return false;
        }

        var text = s.Text;
        var opening = text.AsSpan(clause.Start, third.Start - clause.Start);
        return (opening.IsEmpty || opening.SequenceEqual("The ") || LeadingAdverbial().IsMatch(opening))
            && SubjectToCue().IsMatch(text.AsSpan(third.Start + third.Length, cue - third.Start - third.Length));
    }

    // What stands between a subject and its verb: ", which at the height of its occupation ", " also ".
    [GeneratedRegex(@"^(?:,\s+(?:which|who)\s+[^,;()]*?|\s+(?:\p{Ll}+\s+){0,2}?)$")]
    private static partial Regex SubjectToCue();
}
