using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>People a party's demonym names in its short form ("Korean" for North Korean), and the passive clauses that
/// name their direction by them alone.</summary>
public static partial class AidExtractor
{
    /// <summary>"36 Korean doctors" in an article on North Korea and Algeria: a capitalised word of the amount that ends one
    /// party's demonym, and not the other's, names that party ("Korean" of "North Korean"); in an article on both Koreas it
    /// names neither.</summary>
    private static Country? ShortDemonym(AnalysedArticle article, string quantity)
    {
        foreach (var range in quantity.AsSpan().Split(' '))
        {
            var word = quantity.AsSpan(range);
            if (word.Length < 4 || !char.IsUpper(word[0]))
            {
                continue;
            }

            var first = EndsDemonym(article.Parties.First, word);
            if (first != EndsDemonym(article.Parties.Second, word))
            {
                return first ? article.Parties.First : article.Parties.Second;
            }
        }

        return null;
    }

    // "Korean" ends "North Korean" as its last word.
    private static bool EndsDemonym(Country party, ReadOnlySpan<char> word)
    {
        foreach (var demonym in party.Demonyms)
        {
            if (demonym.Length > word.Length + 1 && demonym.AsSpan().EndsWith(word, StringComparison.Ordinal) && demonym[^(word.Length + 1)] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"were posted to hospitals", "were brought to Ulaanbaatar": a verb cue in the passive, whose subject is what
    /// was sent.</summary>
    private static bool PassiveCue(string text, TextSpan clause, Match cue) =>
        !cue.ValueSpan.EndsWith("ing", StringComparison.Ordinal) && !NounCue().IsMatch(cue.ValueSpan)
        && Progressive().IsMatch(text.AsSpan(clause.Start, cue.Index - clause.Start));
}
