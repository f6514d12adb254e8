using System.Text.RegularExpressions;

namespace Relations.Articles.Extraction;

/// <summary>Figures in a clause of giving that were not given: a sum restated in another currency or valuing goods, what a
/// building or a field can hold or yield, a crowd, a commercial payment, a currency swap, one of many, "the two" of a
/// pair already named, a debt, and a country's nationals abroad.</summary>
public static partial class AidExtractor
{
    /// <summary>"a credit of 400 million rubles (about US$100 million)": a sum in brackets or after "or" right after another
    /// sum restates it.</summary>
    private static bool Restated(string text, int previousMoneyEnd, int start, bool otherCurrency)
    {
        if (previousMoneyEnd < 0)
        {
            return false;
        }

        var between = text.AsSpan(previousMoneyEnd, start - previousMoneyEnd);
        return Restatement().IsMatch(between) || (otherCurrency && CommaRestatement().IsMatch(between));
    }

    // "a grant of 300 million yuan, about 4.3 billion Algerian dinars,": a sum in another currency set off by a comma and a
    // word of estimate restates the one before.
    [GeneratedRegex(@"^,\s+(?:about|some|around|roughly|approximately|nearly|almost|then\s+about|or\s+about)\s+$")]
    private static partial Regex CommaRestatement();

    /// <summary>"1,200 tonnes of wheat (valued at some 6 million leks)": a sum in brackets that values the goods just counted is
    /// their worth, not a second gift.</summary>
    private static bool ValueOfGoods(string text, int previousGoodsEnd, int start) =>
        previousGoodsEnd >= 0 && GoodsValue().IsMatch(text.AsSpan(previousGoodsEnd, start - previousGoodsEnd));

    /// <summary>"built to take 1,000 students", "a planned output of 200,000 barrels a day", "a crowd of some 100,000
    /// people", "a signing bonus of US$584 million", "their currency swap line to 15 billion yuan", "one of more than 60
    /// delegations", "the two central banks", "a request for a credit of".</summary>
    private static bool NotGivenBefore(string text, TextSpan clause, int start)
    {
        var before = Before(text, clause, start, 60);
        var head = text.AsSpan(clause.Start, start - clause.Start);
        return NotGiven().IsMatch(before)
            || ((head.Contains("request", StringComparison.OrdinalIgnoreCase) || head.Contains("asked", StringComparison.Ordinal)) && Requested().IsMatch(before))
            || (head.EndsWith("the ", StringComparison.OrdinalIgnoreCase) && char.IsLetter(text[start]));
    }

    /// <summary>"Ghana owed Moscow some US$300 million", "finished repaying a loan of about US$20 million", "its debts, which
    /// bankers put at 900 million rubles": a sum owed or paid back is a debt, not a transfer; a debt written off, forgiven or
    /// cancelled is one ("wrote off Ghana's debts, some 40 million rubles").</summary>
    private static bool Owed(string text, TextSpan clause, Match cue, int start) =>
        !cue.ValueSpan.StartsWith("wr", StringComparison.OrdinalIgnoreCase) && !cue.ValueSpan.StartsWith("forg", StringComparison.OrdinalIgnoreCase)
        && !cue.ValueSpan.StartsWith("cancel", StringComparison.OrdinalIgnoreCase) && !cue.ValueSpan.StartsWith("waiv", StringComparison.OrdinalIgnoreCase)
        && Debt().IsMatch(Before(text, clause, start, 80));

    /// <summary>"some 9,000 Laotian nationals live in Thailand", "the permits of 30 Korean nationals working in Dubai": people
    /// counted by their citizenship live abroad, sent by no one; "some 40,000 Portuguese tourists travel to Cuba annually":
    /// tourists go at their own cost, a trade in services.</summary>
    private static bool Community(string unit) => UnitEndsWithAny(unit, CommunityWords);

    private static readonly string[] CommunityWords = ["nationals", "citizens", "expatriates", "immigrants", "emigrants", "migrants", "tourists", "holidaymakers"];

    // Up to the amount: "owed Moscow an estimated ", "owes the Soviet Union about ", "repaying an oil credit of about ", "repaid
    // the loan, some ", "debts, which economists by then put at some ", "debt to Moscow was estimated at ".
    [GeneratedRegex(@"(?:\bow(?:ed|es|e|ing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}|\brepa(?:y|ys|id|ying)\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:credits?|loans?|debts?)(?:\s+of|,)?\s+|\bdebts?\b[^;]{0,60}?\b(?:(?:put|estimated|valued|reckoned|assessed|stood)\s+at|amounted\s+to|totall?ed)\s+)(?:(?:an?\s+)?(?:estimated|about|some|around|roughly|nearly|almost|over|more\s+than|approximately)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Debt();

    // "A Vietnamese request in 1982 for an additional credit of ", "Hanoi requested ", "asked Belgrade for a ": a figure asked for is not one given ("at
    // the request of Hanoi, Moscow sent " is).
    [GeneratedRegex(@"(?:(?<!\b(?:at|on|upon)\s+(?:the\s+|\S+['’]s\s+)?)\brequest(?:s|ed)?\b|\basked\s+(?:\S+\s+){0,3}?for\b)[^,;()]{0,50}$", RegexOptions.IgnoreCase)]
    private static partial Regex Requested();

    [GeneratedRegex(@"^\s*(?:\(|,?\s+or\s+|,?\s+equivalent\s+to\s+)(?:then\s+)?(?:(?:about|some|around|roughly|approximately|nearly|almost|over|an\s+estimated|c\.)\s+)?$")]
    private static partial Regex Restatement();

    // " (worth some ", " (valued at roughly ": an opening bracket right after the goods, and the words that value them.
    [GeneratedRegex(@"^\s*\(\s*(?:valued\s+at|worth)\s+(?:(?:about|some|around|roughly|approximately|nearly|almost|over|an\s+estimated|c\.)\s+)?$")]
    private static partial Regex GoodsValue();

    // The noun before "of" or the verb before "to" names a capacity, a yield, an audience or a price paid in business; a
    // swap line is lent back, not given; "one of" counts the many its subject stood among.
    [GeneratedRegex(@"(?:\b(?:built|designed|able|enough|large enough)\s+to\s+(?:take|hold|house|accommodate|seat|serve|treat|train|teach)|\b(?:capacity|output|production|yield)\s+of|\broom\s+for|\b(?:crowd|audience|gathering|throng)\s+of|\b(?:bonus|fees?|royalt(?:y|ies)|dividends?)\s+of|\bone\s+of(?:\s+the)?)\s+(?:(?:up\s+to|some|about|around|roughly|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$|\bswap\b[^,;]{0,50}$", RegexOptions.IgnoreCase)]
    private static partial Regex NotGiven();
}
