using System.Text.RegularExpressions;

namespace Relations.Articles.Extraction;

/// <summary>Figures in a clause of giving that were not given: a sum restated in another currency or valuing goods, what a
/// building or a field can hold or yield, a crowd, a commercial payment, a currency swap, one of many, and "the two" of a
/// pair already named.</summary>
public static partial class AidExtractor
{
    /// <summary>"a credit of 400 million rubles (about US$100 million)": a sum in brackets or after "or" right after another
    /// sum restates it.</summary>
    private static bool Restated(string text, int previousMoneyEnd, int start) =>
        previousMoneyEnd >= 0 && Restatement().IsMatch(text.AsSpan(previousMoneyEnd, start - previousMoneyEnd));

    /// <summary>"1,200 tonnes of wheat (valued at some 6 million leks)": a sum in brackets that values the goods just counted is
    /// their worth, not a second gift.</summary>
    private static bool ValueOfGoods(string text, int previousGoodsEnd, int start) =>
        previousGoodsEnd >= 0 && GoodsValue().IsMatch(text.AsSpan(previousGoodsEnd, start - previousGoodsEnd));

    /// <summary>"built to take 1,000 students", "a planned output of 200,000 barrels a day", "a crowd of some 100,000
    /// people", "a signing bonus of US$584 million", "their currency swap line to 15 billion yuan", "one of more than 60
    /// delegations", "the two central banks".</summary>
    private static bool NotGivenBefore(string text, TextSpan clause, int start) =>
        NotGiven().IsMatch(Before(text, clause, start, 60))
        || (text.AsSpan(clause.Start, start - clause.Start).EndsWith("the ", StringComparison.OrdinalIgnoreCase) && char.IsLetter(text[start]));

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
