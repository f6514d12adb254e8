using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>Aid told as the items of a list that a sentence naming a party's help announces: "North Korean assistance
/// during Ratsiraka's first presidency included:" then "- some 300 construction workers, sent in 1975 …".</summary>
public static partial class AidExtractor
{
    /// <summary>
    /// The parties of the aid a sentence ending in a colon announces: the party that qualifies or owns its noun of help
    /// ("Cuban help to …", "Hungary's contribution included:", "Its contribution included:" after a sentence that opens
    /// with the party) gives, to the party named after it or else to the other; null for any other sentence.
    /// </summary>
    private static (Country Donor, Country Recipient)? ListGivers(AnalysedArticle article, AnalysedSentence lead, Country? opener) =>
        lead.Sentence.IsListItem || !lead.Text.AsSpan().TrimEnd().EndsWith(':') ? null : HelpGivers(article, lead, opener);

    /// <summary>
    /// The parties of a list whose lead, "It included:" or "The main items were:", names neither: those of the help an earlier
    /// sentence of its paragraph names ("Yugoslav assistance grew quickly in the following years. It included:").
    /// </summary>
    private static (Country Donor, Country Recipient)? PrecedingGivers(AnalysedArticle article, AnalysedSentence lead, int paragraphFirst, int index)
    {
        var text = lead.Text.AsSpan().TrimEnd();
        if (lead.Sentence.IsListItem || !text.EndsWith(':') || index == paragraphFirst || lead.Countries.Any(c => article.Party(c.Country) is not null)
            || text.Contains("trade", StringComparison.OrdinalIgnoreCase) || text.Contains("port", StringComparison.Ordinal))
        {
            return null;
        }

        for (var k = index - 1; k >= paragraphFirst; k--)
        {
            if (HelpGivers(article, article.Sentences[k], opener: null) is { } givers)
            {
                return givers;
            }
        }

        return null;
    }

    /// <summary>The parties of the help a sentence names: its giver qualifies or owns the noun of help.</summary>
    private static (Country Donor, Country Recipient)? HelpGivers(AnalysedArticle article, AnalysedSentence lead, Country? opener)
    {
        if (HelpNoun().Match(lead.Text) is not { Success: true } noun)
        {
            return null;
        }

        // The giver qualifies the noun, or owns it: nothing but words stand between them, and no comma.
        var giver = lead.Countries.LastOrDefault(c => c.Start + c.Length <= noun.Index && article.Party(c.Country) is not null
            && !lead.Text.AsSpan(c.Start + c.Length, noun.Index - c.Start - c.Length).ContainsAny(',', ';'));
        var donor = giver is not null && !ObjectOfPreposition(lead.Text, giver.Start) ? article.Party(giver.Country)
            : giver is null && OwnerPronoun().IsMatch(lead.Text.AsSpan(0, noun.Index)) ? opener
            : null;
        if (donor is null)
        {
            return null;
        }

        var other = article.Other(donor);
        var recipient = lead.Countries.FirstOrDefault(c => c.Start > noun.Index && !c.IsDemonym && article.Party(c.Country) is { } party && party != donor);
        return recipient is null || article.Party(recipient.Country) == other ? (donor, other) : null;
    }

    /// <summary>
    /// The parties of a list whose lead names none of them: "Further assistance is documented for the early 1980s:" goes on with
    /// the last figure's givers; "Cuban doctors have been a mainstay … since 1992, when the first brigade of 31 medical
    /// personnel arrived in Windhoek. The programme grew steadily:" with the givers of its own paragraph's figures, when they
    /// all agree. A lead about trade announces no aid.
    /// </summary>
    private static (Country Donor, Country Recipient)? ContinuedGivers(AnalysedArticle article, AnalysedSentence lead, List<AidFact> aid, int paragraphStart)
    {
        var text = lead.Text.AsSpan().TrimEnd();
        if (lead.Sentence.IsListItem || !text.EndsWith(':') || aid.Count == 0 || lead.Countries.Any(c => article.Party(c.Country) is not null)
            || text.Contains("trade", StringComparison.OrdinalIgnoreCase) || text.Contains("port", StringComparison.Ordinal))
        {
            return null;
        }

        var from = FurtherHelp().IsMatch(text) ? aid.Count - 1 : paragraphStart;
        if (from >= aid.Count)
        {
            return null;
        }

        var (donor, recipient) = (aid[from].Donor, aid[from].Recipient);
        for (var i = from + 1; i < aid.Count; i++)
        {
            if (aid[i].Donor != donor || aid[i].Recipient != recipient)
            {
                return null;
            }
        }

        var first = article.Parties.First;
        var second = article.Parties.Second;
        return donor == first.Name && recipient == second.Name ? (first, second)
            : donor == second.Name && recipient == first.Name ? (second, first)
            : null;
    }

    /// <summary>"- 3,400 rifles, with machine guns and ammunition, landed in April 1979": an item of an announced list
    /// that gave no figure of its own gives its first amount, dated by the item's first date, and the amounts joined to it
    /// by "and" ("- 20,000 sheepskin coats and 500 tonnes of meat shipped in the winter of 1981").</summary>
    private static IEnumerable<AidFact> ListItemAid(AnalysedSentence item, (Country Donor, Country Recipient) givers)
    {
        var text = item.Text;
        var previousEnd = -1;
        foreach (var q in QuantityParser.Find(text))
        {
            var end = q.Start + q.Length;
            if (InDate(item, q.Start, end))
            {
                continue;
            }

            if (previousEnd >= 0 && !text.AsSpan(previousEnd, q.Start - previousEnd).SequenceEqual(" and "))
            {
                yield break;
            }

            if (q.Unit.Length == 0 || Vague().IsMatch(text.AsSpan(0, q.Start)))
            {
                yield break;
            }

            // "- a housing factory, able to turn out 1,700 flats a year": what the goods can make is no figure given.
            if (Capacity().IsMatch(text.AsSpan(Math.Max(0, q.Start - 40), Math.Min(40, q.Start))))
            {
                continue;
            }

            var date = item.Dates.FirstOrDefault(d => !Clauses.InParentheses(text, d.Start));
            var year = date is null ? null : YearOf(date.Date);
            yield return new AidFact(givers.Donor.Name, givers.Recipient.Name, year, q.Amount, q.Unit, q.Text.Trim(), item.Sentence.Source);
            previousEnd = end;
        }
    }

    // The nouns that announce a list of what one party gave: "Cuban help … took several forms:", "Its contribution included:",
    // "Soviet scholarships brought more students each year:", "Hungary has since committed new development funds:".
    [GeneratedRegex(@"\b(?:aid|assistance|help|contributions?|support|donations?|gifts?|deliveries|scholarships|grants|loans|credits|funds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelpNoun();

    // "Further assistance", "More Soviet aid": help that goes on from what was told before.
    [GeneratedRegex(@"^(?:Further|More|Additional)\s+(?:[\p{L}-]+\s+){0,2}?(?:aid|assistance|help|support)\b")]
    private static partial Regex FurtherHelp();

    // "Its contribution", "Their aid": the party the paragraph opened with owns the noun.
    [GeneratedRegex(@"^(?:[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+\s+)?$")]
    private static partial Regex OwnerPronoun();
}
