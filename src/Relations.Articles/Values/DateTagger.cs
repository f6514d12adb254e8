using System.Globalization;
using System.Text.RegularExpressions;

namespace Relations.Articles.Values;

/// <summary>A date expression found in a sentence: the date and where its words stand.</summary>
public sealed record DateMention(FuzzyDate Date, int Start, int Length);

/// <summary>What a sentence inherits from the text before it: the year in force and the last date seen.</summary>
public sealed record DateContext(int? Year, FuzzyDate? Previous)
{
    public static DateContext None { get; } = new(null, null);
}

/// <summary>Finds and normalises date expressions (first version: day, month and year precision).</summary>
public static partial class DateTagger
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static IReadOnlyList<DateMention> Find(string sentence, DateContext? context = null)
    {
        var found = new List<DateMention>();
        foreach (Match m in DayMonthYear().Matches(sentence))
        {
            found.Add(new DateMention(new FuzzyDate(m.Value, DatePoint.OfDay(Int(m, "y"), Month(m), Int(m, "d"))), m.Index, m.Length));
        }

        foreach (Match m in MonthYear().Matches(sentence))
        {
            if (!Overlaps(found, m.Index, m.Length))
            {
                found.Add(new DateMention(new FuzzyDate(m.Value, DatePoint.OfMonth(Int(m, "y"), Month(m))), m.Index, m.Length));
            }
        }

        foreach (Match m in Year().Matches(sentence))
        {
            if (!Overlaps(found, m.Index, m.Length))
            {
                found.Add(new DateMention(new FuzzyDate(m.Value, DatePoint.OfYear(Int(m, "y"))), m.Index, m.Length));
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private static bool Overlaps(List<DateMention> found, int start, int length) =>
        found.Any(f => start < f.Start + f.Length && f.Start < start + length);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Month(Match m) =>
        Array.FindIndex(Months, n => n.Equals(m.Groups["m"].Value, StringComparison.OrdinalIgnoreCase)) + 1;

    [GeneratedRegex(@"\b(?:(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?<y>\d{4}))\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>\d{4})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\d,.-])\b(?<y>1[5-9]\d\d|20\d\d)\b(?![\d,]|-\w)")]
    private static partial Regex Year();
}
