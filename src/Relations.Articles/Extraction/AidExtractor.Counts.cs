using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>A count of one party's people in the other party that changes to a figure: "the number of Cuban doctors in
/// Angola rose to 2,000".</summary>
public static partial class AidExtractor
{
    /// <summary>
    /// "In 1985 the number of Bulgarian engineers in Laos rose to about 300": the people a party's demonym names, counted in
    /// the other party, are sent by their own party; learners ("the number of Laotian students in Bulgaria grew to 900") are
    /// taught for theirs. Only the figure the count reaches is read ("fell from 3,000 to 1,000" names no single figure).
    /// </summary>
    private static AidFact? PeopleCounted(AnalysedArticle article, AnalysedSentence s, TextSpan clause, Match cue)
    {
        var text = s.Text;
        var from = cue.Index + cue.Length;
        if (NumberOfPeople().Match(text, from, clause.End - from) is not { Success: true } m)
        {
            return null;
        }

        var people = m.Groups["people"];
        // "Bulgarian engineers", "Soviet specialists", "Korean doctors": the party the people's first word names.
        var named = s.Countries.FirstOrDefault(c => c.Start == people.Index);
        var party = named is not null ? article.Party(named.Country) : ShortDemonym(article, people.Value);
        var place = s.Countries.FirstOrDefault(c => c.Start >= m.Groups["in"].Index && c.Start < m.Groups["verb"].Index && !c.IsDemonym && PlaceIn(text, c.Start));
        if (party is null || place is null || article.Party(place.Country) != article.Other(party)
            || QuantityParser.ParseNumber(m.Groups["figure"].Value) is not { } amount)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value;
        var (donor, recipient) = Learners().IsMatch(unit) ? (article.Other(party), party) : (party, article.Other(party));
        var figure = m.Groups["figure"];
        var year = Year(s, DateRegions.At(DateRegions.Of(text, clause, s.Dates), figure.Index), figure.Index, figure.Index + figure.Length);
        return new AidFact(donor.Name, recipient.Name, year, amount, unit, text[people.Index..(m.Groups["unit"].Index + unit.Length)],
            s.Sentence.Source with { Text = clause.Of(text) });
    }

    /// <summary>"the number of Cuban doctors in Angola rose to 2,000": a count of a party's people that reaches a figure, not a
    /// tally of people named before.</summary>
    private static bool NumberOf(string text, TextSpan clause, Match m) =>
        text.AsSpan(clause.Start, m.Index - clause.Start).EndsWith("the ", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan(m.Index + m.Length).StartsWith(" of ", StringComparison.Ordinal)
        && NumberOfPeople().Match(text, m.Index + m.Length, clause.End - m.Index - m.Length).Success;

    // " of Soviet specialists in Libya fell to about 1,000": the people, where they are, and the figure their number reaches.
    [GeneratedRegex(@"^\s+of\s+(?<people>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?<unit>(?:\p{Ll}+\s+)?(?:" + PersonnelWords + @"|students|trainees|cadets|scholars))\b(?<in>[^,;\d]{0,60}?)\b(?<verb>rose|risen|grew|grown|increased|climbed|reached|fell|fallen|dropped|declined|peaked|stood)\s+(?:(?:to|at)\s+)?(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|an\s+estimated)\s+)?(?<figure>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d|\s*(?:%|per\b|percent\b))")]
    private static partial Regex NumberOfPeople();
}
