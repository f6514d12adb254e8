using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>Givers named without being the subject of the verb: a demonym on the gift itself ("thanks for a Vietnamese
/// donation of 50,000 masks"), and the paragraph's subject carried into a sentence whose subject is the aid ("Hungary resumed
/// lending. A credit line of US$440 million …").</summary>
public static partial class AidExtractor
{
    /// <summary>"sent a message of thanks for a Vietnamese donation of 50,000 face masks": the party whose demonym qualifies a
    /// noun of giving right before the amount gives it, whoever the clause's subject is. So does a party whose demonym
    /// qualifies a team or group of people ("a Cuban team of 20 health workers went to Vientiane"), unless they are learners,
    /// who are taught for their own country ("a Lao group of 60 students").</summary>
    private static (Country Donor, Country Recipient)? QualifiedGiver(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int start, string unit)
    {
        // Most amounts do not follow "of".
        var text = s.Text;
        var from = Math.Max(clause.Start, start - 60);
        if (text.IndexOf(" of ", from, start - from, StringComparison.Ordinal) < 0
            || GiftOf().Match(text, from, start - from) is not { Success: true } gift)
        {
            return null;
        }

        var giver = s.Countries.LastOrDefault(c => c.Start >= from && c.Start + c.Length <= gift.Index
            && (c.IsDemonym || article.Gazetteer.UsedAsAdjective(text, c))
            && ModifiersOnly().IsMatch(text.AsSpan(c.Start + c.Length, gift.Index - c.Start - c.Length)));
        if (giver is null || article.Party(giver.Country) is not { } party)
        {
            return null;
        }

        return gift.Groups["team"].Success && Learners().IsMatch(unit) ? (article.Other(party), party) : (party, article.Other(party));
    }

    /// <summary>"Deliveries … were valued at US$4 billion", "A tied-aid credit line of US$440 million": a noun cue that opens the
    /// clause, with no party named before it, is the aid of the paragraph's subject.</summary>
    private static bool NounSubject(string text, TextSpan clause, Match cue) =>
        NounCue().IsMatch(cue.ValueSpan) && BareNounSubject().IsMatch(text.AsSpan(clause.Start, cue.Index - clause.Start));

    private static ReadOnlySpan<char> NextWord(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(from, end - from);
    }

    [GeneratedRegex(@"\b(?:donations?|gifts?|loans?|grants?|credits?|shipments?|consignments?|deliver(?:y|ies)|(?<team>teams?|groups?|brigades?|contingents?|detachments?))\s+of\s+(?:(?:some|about|around|nearly|almost|over|more than|up to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GiftOf();

    // Between the demonym and the noun of giving: nothing, or lower-case modifiers ("emergency", "government"); an article
    // starts the object of another noun ("handed the Cuban government a grant of …").
    [GeneratedRegex(@"^\s+(?:(?!(?:a|an|the)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}$")]
    private static partial Regex ModifiersOnly();

    // An article and at most three lower-case words ("A tied-aid", "Further", ""), up to the noun cue; "Its non-repayable"
    // owns the aid for the party the paragraph opened with, as an article does.
    [GeneratedRegex(@"^(?:(?:[Aa]n?|[Tt]he|[Ff]urther|[Nn]ew|[Ii]ts)\s+)?(?:\p{Ll}[\p{Ll}]*[\s-]+){0,3}$")]
    private static partial Regex BareNounSubject();

    // "Soviet credits had helped build some 70 industrial projects": what the aid paid for is no second figure; nor is what a
    // swap gave back ("was exchanged for fifteen political prisoners").
    [GeneratedRegex(@"(?:\bhelp(?:ed|s|ing)?\s+(?:to\s+)?(?:build|construct|finance|fund|equip|set up|establish)|\bexchang(?:ed|e)\s+for)\s+(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$")]
    private static partial Regex PaidForOrInReturn();

    // "firms sold palm oil and rubber worth some ", "exported tea worth ": a sale, then its goods' worth, no comma or
    // semicolon between.
    [GeneratedRegex(@"\b(?:sold|sells?|selling|exported|exports?|exporting)\s[^,;]*\b(?:worth|valued at)\s+(?:\p{Ll}+\s+){0,2}$")]
    private static partial Regex SoldInPart();

    // "worth an estimated ", "valued at about ".
    [GeneratedRegex(@"\b(?:worth|valued at)\s+(?:\p{Ll}+\s+){0,2}$")]
    private static partial Regex WorthBefore();
}
