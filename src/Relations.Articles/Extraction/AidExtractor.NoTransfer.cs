using System.Text.RegularExpressions;

namespace Relations.Articles.Extraction;

/// <summary>Figures in a giving clause that are no transfer between the parties: accords signed, people sent elsewhere.</summary>
public static partial class AidExtractor
{
    /// <summary>"the talks produced five agreements, among them a US$12 million credit": agreements, treaties or protocols
    /// counted are signed, not given.</summary>
    private static bool Accords(string unit) => UnitEndsWithAny(unit, AccordWords);

    // A unit that ends in one of the words ("trade agreements", "Laotian nationals").
    private static bool UnitEndsWithAny(string unit, string[] words)
    {
        foreach (var word in words)
        {
            if (unit.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AccordWords = ["agreements", "accords", "treaties", "protocols", "memoranda", "memorandums"];

    /// <summary>"Laos gave US$50,000 to Cambodia and sent a 40-member rescue team to neighbouring Thailand": a figure whose own
    /// phrase goes on to a third country passes between neither party, whatever the clause gave before it.</summary>
    private static bool SentToThird(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int end)
    {
        // "sent 12,000 troops to Ethiopia and Angola": a party named after the figure still receives it.
        var place = s.Countries.FirstOrDefault(c => c.Start >= end && c.Start < clause.End && !c.IsDemonym);
        if (place is null || article.Party(place.Country) is not null
            || s.Countries.Any(c => c.Start > place.Start && c.Start < clause.End && !c.IsDemonym && article.Party(c.Country) is not null))
        {
            return false;
        }

        // Only the figure's own words: no comma, no other figure between it and the place.
        var between = s.Text.AsSpan(end, place.Start - end);
        return between.IndexOfAny(',', ';') < 0 && between.IndexOfAnyInRange('0', '9') < 0
            && (between.EndsWith(" to ", StringComparison.Ordinal) || between.EndsWith(" to neighbouring ", StringComparison.Ordinal)
                || between.EndsWith(" to neighboring ", StringComparison.Ordinal));
    }

    /// <summary>"Poland supplied 400,000 tonnes of coal a year in exchange for Yugoslav bauxite": what the clause gives is paid
    /// for with goods a party's demonym names, so it is bartered.</summary>
    private static bool ForPartysGoods(AnalysedArticle article, AnalysedSentence s, TextSpan clause)
    {
        const string exchange = " exchange for ";
        var at = s.Text.IndexOf(exchange, clause.Start, clause.Length, StringComparison.Ordinal);
        return at >= 0 && s.Countries.Any(c => c.Start == at + exchange.Length && c.IsDemonym && article.Party(c.Country) is not null);
    }

    // "Togo struck ", "had removed some ": a figure struck off a register or removed from it passes to no one.
    [GeneratedRegex(@"\b(?:struck|removed|deleted|de-?registered|delisted)\s+(?:(?:some|about|around|over|nearly|more than)\s+)?$")]
    private static partial Regex Removed();
}
