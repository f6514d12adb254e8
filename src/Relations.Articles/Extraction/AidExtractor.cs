using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// Aid figures: quantified transfers between the parties (money, goods, people sent), donor → recipient.
/// The donor is the subject of a verb of giving ("North Korea sent …", "Kim Il Sung … sent us …": the person's country),
/// the recipient the country after it ("… to North Vietnam"); "received … from" turns them round; a passive clause
/// ("200 pilots were reported to have served") takes the parties of the last transfer in its paragraph.
/// A series carries its unit along ("1966: 12.3 million rubles; 1967: 20 million"), each amount taking its year label.
/// </summary>
public static partial class AidExtractor
{
    public static IReadOnlyList<AidFact> Extract(AnalysedArticle article)
    {
        var aid = new List<AidFact>();
        (Country Donor, Country Recipient)? context = null;
        var block = -1;
        foreach (var s in article.Sentences)
        {
            if (s.Sentence.Block != block)
            {
                block = s.Sentence.Block;
                context = null;
            }

            foreach (var clause in Clauses.Split(s.Text))
            {
                var text = s.Text;
                var cue = FindCue(text, clause);
                if (!cue.Success)
                {
                    continue;
                }

                var parties = Parties(article, s, clause, cue) ?? context;
                if (parties is null)
                {
                    continue;
                }

                context = parties;
                var quantities = QuantityParser.Find(clause.Of(text));
                string? unit = null;
                foreach (var q in quantities)
                {
                    unit = q.Unit.Length > 0 ? q.Unit : unit;
                    if (unit is null)
                    {
                        continue;
                    }

                    var start = clause.Start + q.Start;
                    aid.Add(new AidFact(parties.Value.Donor.Name, parties.Value.Recipient.Name, Year(s, clause, start), q.Amount, unit, What(text, clause, cue, q), s.Sentence.Source with { Text = clause.Of(text) }));
                }
            }
        }

        return aid;
    }

    private static (Country Donor, Country Recipient)? Parties(AnalysedArticle article, AnalysedSentence s, TextSpan clause, Match cue)
    {
        var receiving = cue.Groups["receive"].Success;
        var before = s.Countries.LastOrDefault(c => c.Start >= clause.Start && c.Start + c.Length <= cue.Index && article.Party(c.Country) is not null);
        var after = s.Countries.FirstOrDefault(c => c.Start >= cue.Index + cue.Length && c.Start < clause.End && !c.IsDemonym && article.Party(c.Country) is not null);
        var subject = before?.Country;
        if (subject is null && s.People.LastOrDefault(p => p.Start >= clause.Start && p.Start < cue.Index) is { } person
            && article.PersonCountries.GetValueOrDefault(article.People.PersonOf(person)) is { } own)
        {
            subject = own;
        }

        var first = article.Party(subject);
        var second = article.Party(after?.Country);
        if (first is null && second is null)
        {
            return null;
        }

        first ??= article.Other(second!);
        second ??= article.Other(first);
        if (first == second)
        {
            return null;
        }

        // Name the country as the text does where it is a predecessor ("to North Vietnam").
        var subjectName = subject is not null && article.Party(subject) == first ? subject : first;
        var objectName = after?.Country is { } a && article.Party(a) == second ? a : second;
        return receiving ? (objectName, subjectName) : (subjectName, objectName);
    }

    /// <summary>The year label of a series item ("1967: 20 million"), else the clause's own date, else the year in force; a decade gives none.</summary>
    private static int? Year(AnalysedSentence s, TextSpan clause, int quantityStart)
    {
        var label = s.Dates.LastOrDefault(d => d.Start + d.Length <= quantityStart && YearLabel().IsMatch(s.Text[(d.Start + d.Length)..quantityStart]));
        if (label is not null)
        {
            return YearOf(label.Date);
        }

        var own = s.Dates.FirstOrDefault(d => clause.Contains(d.Start) && !Clauses.InParentheses(s.Text, d.Start));
        if (own is not null)
        {
            return YearOf(own.Date);
        }

        // "They stayed through 1968; 200 pilots were reported to have served": the sentence's date before it, else the year in force.
        var earlier = s.Dates.LastOrDefault(d => d.Start < quantityStart && !Clauses.InParentheses(s.Text, d.Start));
        return earlier is not null ? YearOf(earlier.Date) : s.Before.Year;
    }

    private static int? YearOf(FuzzyDate date) => date.Precision == DatePrecision.Decade ? null : date.Start.Year;

    private static string What(string text, TextSpan clause, Match cue, Quantity q)
    {
        // "provided substantial economic and military aid to …" → "substantial economic and military aid"
        var afterCue = cue.Index + cue.Length;
        var objectEnd = text.IndexOfAny(['(', ',', ';'], afterCue);
        var toIndex = text.IndexOf(" to ", afterCue, StringComparison.Ordinal);
        var end = new[] { objectEnd < 0 ? clause.End : objectEnd, toIndex < 0 ? clause.End : toIndex, clause.End }.Min();
        var phrase = end > afterCue ? text[afterCue..end].Trim() : string.Empty;
        if (phrase.Length is > 3 and < 120 && AidNoun().IsMatch(phrase) && !phrase.Any(char.IsAsciiDigit))
        {
            return phrase;
        }

        return q.Text.Trim();
    }

    /// <summary>
    /// The first <see cref="Cue"/> of the clause, exactly as <c>Cue().Match(text, clause.Start, clause.Length)</c> finds it.
    /// Most clauses have no cue: their words are looked up in <see cref="CueWords"/> first, and the regex runs only
    /// from the first word that could start one (a word with a non-ASCII letter always could), so it reports the same match.
    /// </summary>
    private static Match FindCue(string text, TextSpan clause)
    {
        var end = clause.End;
        var i = clause.Start;
        while (i < end)
        {
            while (i < end && !IsCueWordChar(text[i]))
            {
                i++;
            }

            var start = i;
            var ascii = true;
            while (i < end && IsCueWordChar(text[i]))
            {
                ascii &= text[i] < 128;
                i++;
            }

            if (i > start && (!ascii || CueWordLookup.Contains(text.AsSpan(start, i - start))))
            {
                return Cue().Match(text, start, end - start);
            }
        }

        return Match.Empty;
    }

    // ASCII word characters as \w has them; every non-ASCII character is kept in the word, which makes it a candidate.
    private static bool IsCueWordChar(char c) => c >= 128 || char.IsAsciiLetterOrDigit(c) || c == '_';

    // The words of Cue, one per alternative ("for" stands for "for free").
    private static readonly HashSet<string> CueWords = new(
        [
            "received", "receives", "receiving", "imported", "accepted", "obtained", "got",
            "sent", "sends", "send", "provided", "provides", "provide", "gave", "give", "gives", "donated", "donates",
            "supplied", "supplies", "delivered", "granted", "offered", "pledged", "loaned", "lent", "shipped", "dispatched",
            "exported", "sold", "trained", "educated", "served", "deployed", "contributed", "extended",
            "aid", "assistance", "donation", "donations", "grant", "grants", "loan", "loans", "credit", "credits",
            "subsidy", "subsidies", "for",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueWordLookup = CueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs and nouns of giving; "received"/"imported" turn donor and recipient round.
    [GeneratedRegex(@"\b(?:(?<receive>received|receives|receiving|imported|accepted|obtained|got)|sent|sends|send|provided|provides|provide|gave|give|gives|donated|donates|supplied|supplies|delivered|granted|offered|pledged|loaned|lent|shipped|dispatched|exported|sold|trained|educated|served|deployed|contributed|extended|aid|assistance|donations?|grants?|loans?|credits?|subsid(?:y|ies)|for free)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^\s*[:–-]\s*$")]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"\b(?:aid|assistance|support|loans?|grants?|credits?|help|supplies|equipment|weapons|arms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AidNoun();
}
