using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>Goods a party buys for the other party.</summary>
public static partial class AidExtractor
{
    /// <summary>"Vietnam bought 5,000 tonnes of rice and shipped it to Havana for Cuba", "bought 40 tractors for Laos": goods
    /// one party buys for the other, named after "for" in the amount's own part, are given to it ("bought 40 tractors for
    /// US$2 million", "for its army" name no party).</summary>
    private static bool BoughtFor(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int end, Country recipient)
    {
        var text = s.Text;
        var partEnd = PartEnd(text, clause, end);
        foreach (var c in s.Countries)
        {
            if (c.Start >= end && c.Start < partEnd && !c.IsDemonym && article.Party(c.Country) == recipient
                && text.AsSpan(0, c.Start).EndsWith(" for ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
