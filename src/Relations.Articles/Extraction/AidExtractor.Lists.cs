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
    private static (Country Donor, Country Recipient)? ListGivers(AnalysedArticle article, AnalysedSentence lead, Country? opener)
    {
        var text = lead.Text.AsSpan().TrimEnd();
        if (lead.Sentence.IsListItem || !text.EndsWith(':') || HelpNoun().Match(lead.Text) is not { Success: true } noun)
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

    /// <summary>"- 3,400 rifles, with machine guns and ammunition, landed in April 1979": an item of an announced list
    /// that gave no figure of its own gives its first amount, dated by the item's first date.</summary>
    private static AidFact? ListItemAid(AnalysedSentence item, (Country Donor, Country Recipient) givers)
    {
        var text = item.Text;
        foreach (var q in QuantityParser.Find(text))
        {
            var end = q.Start + q.Length;
            if (InDate(item, q.Start, end))
            {
                continue;
            }

            if (q.Unit.Length == 0 || Vague().IsMatch(text.AsSpan(0, q.Start)))
            {
                return null;
            }

            var date = item.Dates.FirstOrDefault(d => !Clauses.InParentheses(text, d.Start));
            var year = date is null ? null : YearOf(date.Date);
            return new AidFact(givers.Donor.Name, givers.Recipient.Name, year, q.Amount, q.Unit, q.Text.Trim(), item.Sentence.Source);
        }

        return null;
    }

    // The nouns that announce a list of what one party gave: "Cuban help … took several forms:", "Its contribution included:",
    // "Soviet scholarships brought more students each year:".
    [GeneratedRegex(@"\b(?:aid|assistance|help|contributions?|support|donations?|gifts?|deliveries|scholarships|grants|loans|credits)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HelpNoun();

    // "Its contribution", "Their aid": the party the paragraph opened with owns the noun.
    [GeneratedRegex(@"^(?:[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+\s+)?$")]
    private static partial Regex OwnerPronoun();
}
