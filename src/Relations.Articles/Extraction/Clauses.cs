using System.Text.RegularExpressions;

namespace Relations.Articles.Extraction;

/// <summary>A span of a sentence: a clause (split at semicolons) or a segment of one (split before a relative clause).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>Splits sentences into clauses for events ("…visited North Korea; … visited North Vietnam …" is two events).</summary>
public static class Clauses
{
    // Not ", who ": a clause about a person keeps that person ("X, who paid a state visit to Israel in 1985"), and is
    // mostly an aside inside the main clause ("Nehru, who had flown to Karachi, signed the treaty with Ayub Khan").
    // Not ", where ": it goes on with the same happening ("travelled to Beijing in January 1950, where he met Mao").
    private static readonly string[] RelativeOpeners = [", which ", ", whereas ", ", while "];

    /// <summary>Clauses at semicolons outside parentheses and quotes.</summary>
    public static IReadOnlyList<TextSpan> Split(string sentence)
    {
        // Most sentences have no semicolon (a vectorised search): they are one clause, with no brackets to track.
        if (!sentence.Contains(';', StringComparison.Ordinal))
        {
            var one = new List<TextSpan>(1);
            Add(sentence, 0, sentence.Length, one);
            return one;
        }

        return SplitAt(sentence, 0, sentence.Length, ';');
    }

    /// <summary>Segments of a clause: the main part and any ", which …" relative parts, each owning its own people.</summary>
    public static IReadOnlyList<TextSpan> Segments(string sentence, TextSpan clause)
    {
        var cuts = new List<int>();
        foreach (var opener in RelativeOpeners)
        {
            for (var i = sentence.IndexOf(opener, clause.Start, clause.Length, StringComparison.Ordinal); i >= 0 && i < clause.End;
                 i = sentence.IndexOf(opener, i + 1, clause.End - i - 1, StringComparison.Ordinal))
            {
                if (Depth(sentence, clause.Start, i) == 0)
                {
                    cuts.Add(i + 1);
                }
            }
        }

        cuts.Sort();
        var result = new List<TextSpan>();
        var start = clause.Start;
        foreach (var cut in cuts)
        {
            result.Add(new TextSpan(start, cut - start));
            start = cut;
        }

        result.Add(new TextSpan(start, clause.End - start));
        return result;
    }

    /// <summary>True when the comma at <paramref name="closing"/> closes an aside about a person or thing opened after
    /// <paramref name="from"/> (", who carried a message from Z,").</summary>
    public static bool Aside(string text, int from, int closing)
    {
        foreach (var opener in AsideOpeners)
        {
            if (text.IndexOf(opener, from, closing - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AsideOpeners = [", who ", ", whose ", ", which "];

    /// <summary>True when the offset lies inside parentheses or brackets.</summary>
    public static bool InParentheses(string sentence, int offset) => Depth(sentence, 0, offset) > 0;

    private static List<TextSpan> SplitAt(string text, int from, int to, char separator)
    {
        var result = new List<TextSpan>();
        var depth = 0;
        var start = from;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (text[i] == separator && depth == 0)
                    {
                        Add(text, start, i, result);
                        start = i + 1;
                    }

                    break;
            }
        }

        Add(text, start, to, result);
        return result;
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end - start));
        }
    }

    private static int Depth(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is '(' or '[')
            {
                depth++;
            }
            else if (text[i] is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return depth;
    }
}

/// <summary>
/// The parts of a clause that each own their dates: between two dates the clause is cut after the last comma
/// ("Neto visited Havana in July 1976, and Castro … in March 1977" is two parts; "in November–December 1958 and
/// November 1964" stays one), or else before an "and" that starts a second predicate ("… in 1970 and made …"). A date's people, visits and aid figures are the ones in its part.
/// </summary>
public static partial class DateRegions
{
    public static IReadOnlyList<TextSpan> Of(string sentence, TextSpan clause, IReadOnlyList<Values.DateMention> dates)
    {
        // Most clauses hold one date or none, and are then one region: the list of their dates is made at the second.
        Values.DateMention? first = null;
        List<Values.DateMention>? inClause = null;
        for (var k = 0; k < dates.Count; k++)
        {
            var d = dates[k];
            if (!clause.Contains(d.Start) || Clauses.InParentheses(sentence, d.Start))
            {
                continue;
            }

            if (first is null)
            {
                first = d;
                continue;
            }

            inClause ??= new List<Values.DateMention>(dates.Count) { first };

            // In order of position (an insertion sort: the dates mostly come in order already, and it keeps ties stable).
            var at = inClause.Count;
            while (at > 0 && inClause[at - 1].Start > d.Start)
            {
                at--;
            }

            inClause.Insert(at, d);
        }

        if (inClause is null)
        {
            return [clause];
        }

        var regions = new List<TextSpan>();
        var start = clause.Start;
        for (var i = 0; i + 1 < inClause.Count; i++)
        {
            var from = inClause[i].Start + inClause[i].Length;
            var to = inClause[i + 1].Start;
            // "came to New Delhi in 1977, 1981 and 1987": a comma that only lists dates cuts nothing.
            var comma = to > from ? LastCut(sentence, from, to) : -1;
            if (to > from && StatementColon(sentence, from, to) is var colon and >= 0)
            {
                // "The following year the roles were reversed: X and Y flew to Havana for the summit, held on 15–16 November
                // 1999": a statement before a colon owns its date, and what the colon opens owns the next.
                regions.Add(new TextSpan(start, colon + 1 - start));
                start = colon + 1;
            }
            else if (comma >= 0 && !Clauses.InParentheses(sentence, comma)
                && !(DateAdverbial().IsMatch(sentence.AsSpan(comma, to - comma)) && AndThenVerb().Match(sentence, from, comma - from).Success)
                && !(sentence.AsSpan(from, to - from).Trim().SequenceEqual(",") && !inClause[i + 1].Date.InWordsOnly))
            {
                regions.Add(new TextSpan(start, comma - start));
                start = comma + 1;
            }
            else if (to > from && AndThenVerb().Match(sentence, from, to - from) is { Success: true } and)
            {
                // "Assad seized power in November 1970 and made his first trip to Moscow in February 1971": a second predicate.
                regions.Add(new TextSpan(start, and.Index - start));
                start = and.Index;
            }
        }

        regions.Add(new TextSpan(start, clause.End - start));
        return regions;
    }

    // A colon between two dates after words of the first date's statement ("… were reversed: …"); not a label's ("1999: …").
    private static int StatementColon(string sentence, int from, int to)
    {
        var colon = sentence.IndexOf(':', from, to - from);
        return colon >= 0 && !sentence.AsSpan(from, colon - from).IsWhiteSpace() && !Clauses.InParentheses(sentence, colon) ? colon : -1;
    }

    // The last comma between two dates, or one that opens a second clause before it: "visited Moscow in 1974, and President X
    // received Y, who carried a message from Z, in Lima in November 1977" is cut before "and", not after the aside about Y.
    private static int LastCut(string sentence, int from, int to)
    {
        var comma = sentence.LastIndexOf(',', to - 1, to - from);

        // "sent US$100,000 in cash … in January 2005": a comma between digits groups a number.
        while (comma > from && char.IsAsciiDigit(sentence[comma - 1]) && comma + 1 < sentence.Length && char.IsAsciiDigit(sentence[comma + 1]))
        {
            comma = sentence.LastIndexOf(',', comma - 1, comma - from);
        }

        if (comma < 0 || sentence.AsSpan(comma).StartsWith(", and ", StringComparison.Ordinal))
        {
            return comma;
        }

        var and = sentence.LastIndexOf(", and ", to - 1, to - from, StringComparison.Ordinal);
        return and >= 0 && Clauses.Aside(sentence, and + 1, comma) ? and : comma;
    }

    // ", most recently in 2014", ", the last time in 2019", ", again in May": no predicate of its own after the comma.
    [GeneratedRegex(@"^,\s+(?:(?:most|more|recently|the|last|latest|time|again|finally|lastly|once)\s+)+(?:in|on|during)\s+$")]
    private static partial Regex DateAdverbial();

    [GeneratedRegex(@"\band\s+(?:(?:then|later|also|again|finally|subsequently)\s+)?(?:[a-z]{2,}ed|went|came|made|met|flew|gave|sent|took|paid|led|spent|held|signed)\b")]
    private static partial Regex AndThenVerb();

    /// <summary>
    /// "Three years later X flew to Havana for the sixth summit (3–9 September 1979)": the days in parentheses within
    /// <paramref name="span"/> that fall in <paramref name="d"/>, a coarser date, and say it more precisely; else null.
    /// </summary>
    public static Values.DateMention? FinerInParentheses(string sentence, IReadOnlyList<Values.DateMention> dates, TextSpan span, Values.DateMention d)
    {
        foreach (var e in dates)
        {
            if (span.Contains(e.Start) && e.Date.Refines(d.Date) && Clauses.InParentheses(sentence, e.Start))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// "Zhivkov returned the visit two years later, touring Delhi from 3 to 9 December 1969": the date later in the clause that
    /// gives a year told only in words ("two years later", "the following year") to the day or month; not when the clause
    /// goes on to another happening first ("The following year X attended the summit in New Delhi and flew on to Hanoi, where
    /// he held talks from March 14 to 16, 1983").
    /// </summary>
    public static Values.DateMention? RestatedLater(string sentence, IReadOnlyList<Values.DateMention> dates, Values.DateMention d)
    {
        if (d.Date is not { Precision: Values.DatePrecision.Year, End: null, InWordsOnly: true })
        {
            return null;
        }

        var end = d.Start + d.Length;
        foreach (var e in dates)
        {
            if (e.Start > end && e.Date.Refines(d.Date) && !e.Date.InWordsOnly)
            {
                var between = sentence.AsSpan(end, e.Start - end);
                return between.IndexOf(';') < 0 && !AndThenVerb().IsMatch(between) ? e : null;
            }
        }

        return null;
    }

    public static TextSpan At(IReadOnlyList<TextSpan> regions, int offset)
    {
        for (var k = 0; k < regions.Count; k++)
        {
            if (regions[k].Contains(offset))
            {
                return regions[k];
            }
        }

        return regions[^1];
    }
}
