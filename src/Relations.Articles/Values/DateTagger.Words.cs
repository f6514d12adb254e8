using System.Collections.Frozen;

namespace Relations.Articles.Values;

/// <summary>The words around a date: qualifiers before it, and the nouns and labels that make a number a quantity.</summary>
public static partial class DateTagger
{
    // "1950 tonnes", "2000 troops": a four-digit number followed by a unit or a counted noun is a quantity.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "km", "kilometres", "kilometers", "miles", "metres", "meters", "m",
        "feet", "ft", "acres", "hectares", "square", "sq", "hours", "minutes", "days", "people", "persons", "men", "women",
        "children", "troops", "soldiers", "students", "workers", "pilots", "refugees", "prisoners", "casualties", "members",
        "delegates", "specialists", "advisers", "advisors", "experts", "families", "households", "residents", "inhabitants",
        "visitors", "tourists", "athletes", "units", "vehicles", "rifles", "cars", "trucks", "tanks", "aircraft", "copies",
        "dollars", "rubles", "roubles", "won", "yen", "yuan", "dong", "pesos", "euros", "pounds", "barrels", "sets", "head")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // "Resolution 1718", "No. 1950", "page 1950": a label before a number makes it an identifier.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberLabels = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "resolution", "resolutions", "no.", "nos.", "number", "page", "pages", "p.", "pp.", "route", "highway", "flight",
        "article", "section", "chapter", "vol.", "volume", "unit", "room", "platform", "gate", "hill", "height", "decree")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Includes the qualifier words before a date in its span: "the late 1960s", "From 1968", "c. 1950".</summary>
    /// <remarks>
    /// At most one of early/mid/late, then "the" (decades only), then one of from/since/until/through/circa/around.
    /// A date has one qualifier: the outer word wins ("since the early 1990s" is From), as it bounds the interval.
    /// </remarks>
    private static int Qualify(string sentence, int start, int floor, bool decade, out DateQualifier qualifier)
    {
        qualifier = DateQualifier.None;
        var word = WordBefore(sentence, start, floor, out var wordStart, allowHyphen: true);
        var part = word switch
        {
            _ when word.Equals("early", StringComparison.OrdinalIgnoreCase) => DateQualifier.Early,
            _ when word.Equals("mid", StringComparison.OrdinalIgnoreCase) => DateQualifier.Mid,
            _ when word.Equals("late", StringComparison.OrdinalIgnoreCase) => DateQualifier.Late,
            _ => DateQualifier.None,
        };
        if (part != DateQualifier.None)
        {
            qualifier = part;
            start = wordStart;
        }

        if (decade && WordBefore(sentence, start, floor, out wordStart).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            start = wordStart;
        }

        word = WordBefore(sentence, start, floor, out wordStart);
        var outer = word switch
        {
            _ when word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("since", StringComparison.OrdinalIgnoreCase) => DateQualifier.From,
            _ when word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("till", StringComparison.OrdinalIgnoreCase)
                || word.Equals("through", StringComparison.OrdinalIgnoreCase) => DateQualifier.Until,
            _ when word.Equals("circa", StringComparison.OrdinalIgnoreCase) || word.Equals("c.", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ca.", StringComparison.OrdinalIgnoreCase) || word.Equals("around", StringComparison.OrdinalIgnoreCase) => DateQualifier.Circa,
            _ => DateQualifier.None,
        };
        if (outer != DateQualifier.None)
        {
            qualifier = outer;
            start = wordStart;
        }

        return start;
    }

    /// <summary>
    /// The word (letters and dots) ending just before <paramref name="end"/> across white space (or a hyphen, when
    /// allowed: "mid-1990s"); empty when there is none at or after <paramref name="floor"/>.
    /// </summary>
    private static ReadOnlySpan<char> WordBefore(string text, int end, int floor, out int start, bool allowHyphen = false)
    {
        start = end;
        var i = end - 1;
        var gap = i;
        while (i >= floor && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i == gap)
        {
            if (!allowHyphen || i < floor || text[i] != '-')
            {
                return [];
            }

            i--;
        }

        var last = i;
        while (i >= floor && (char.IsLetter(text[i]) || text[i] == '.'))
        {
            i--;
        }

        // The word must stand alone: "AK-1950" or "x1950" are not preceded by a word.
        if (i == last || (i >= 0 && char.IsLetterOrDigit(text[i])))
        {
            return [];
        }

        start = i + 1;
        return text.AsSpan(start, last - i);
    }

    private static ReadOnlySpan<char> WordAfter(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var first = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > first && i > start ? text.AsSpan(first, i - first) : [];
    }

    private static bool IsQuantity(string sentence, Candidate c)
    {
        var after = WordAfter(sentence, c.End);
        if (!after.IsEmpty && UnitNouns.Contains(after))
        {
            return true;
        }

        var before = WordBefore(sentence, c.Start, 0, out _);
        return !before.IsEmpty && NumberLabels.Contains(before);
    }

    private static bool IsYearPreposition(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
        || word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
        || word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("during", StringComparison.OrdinalIgnoreCase)
        || word.Equals("circa", StringComparison.OrdinalIgnoreCase) || word.Equals("c.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("around", StringComparison.OrdinalIgnoreCase) || word.Equals("year", StringComparison.OrdinalIgnoreCase);
}
