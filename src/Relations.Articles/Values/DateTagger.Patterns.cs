using System.Text.RegularExpressions;

namespace Relations.Articles.Values;

/// <summary>
/// The date shapes DateTagger recognises, one source-generated regex per shape. Every shape is tried over the
/// whole sentence; <see cref="DateTagger.Find"/> keeps the longest of overlapping matches.
/// </summary>
public static partial class DateTagger
{
    private const RegexOptions Options = RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    // Month names are case-sensitive so that "may" (the verb) and "march" (the noun) never start a date; the
    // abbreviations are read with or without their full stop ("Jan. 31, 1950", "5 Jan 1990").
    private const string MonthName =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Sept(?:\.|\b)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\.|\b))";

    private const string M = "(?<m>" + MonthName + ")";
    private const string M2 = "(?<m2>" + MonthName + ")";

    // A year must not be glued to a currency sign, another number ("100,000"), or a hyphenated word ("AK-1950"),
    // except "mid-" which is a qualifier ("mid-1990s").
    private const string YearHead = @"(?<![\d$£€¥#]|\d[,.])(?:(?<!\w-)|(?<=\b[Mm]id-))\b";

    // …nor continue as a number ("1950,000", "1950.5"), a compound ("1950-man"), a percentage, an ordinal or a decade
    // ("1960s"; "1960's" is found as a year too, but the decade match is longer and wins).
    private const string YearTail = @"(?![\d\p{L}]|[,.]\d|-\p{L}|\s?%)";

    private const string Y = "(?<y>1\\d{3}|20\\d{2})" + YearTail;
    private const string Y2 = "(?<y2>1\\d{3}|20\\d{2})" + YearTail;

    // The start's own year, in a range that names one on each side.
    private const string Y0 = "(?<y0>1\\d{3}|20\\d{2})" + YearTail;

    private const string DayTail = @"(?:st|nd|rd|th)?(?![\d\p{L}]|[,.]\d)";
    private const string D = "(?<d>[0-3]?\\d)" + DayTail;
    private const string D2 = "(?<d2>[0-3]?\\d)" + DayTail;

    // Range connectors: a dash of any kind, or a word. "and" only where it cannot join two separate dates.
    private const string Dash = @"\s*[–—-]\s*";
    private const string To = "(?:" + Dash + @"|\s+(?:to|through|until|till)\s+)";
    private const string ToOrAnd = "(?:" + Dash + @"|\s+(?:to|through|until|till|and)\s+)";
    private const string RangeOpener = @"(?:\b(?i:from|between)\s+)?";

    private const string Decade = "(?<y>1\\d{2}0|20\\d0)['’]?s\\b";

    // "March 1 and 2", "October 9–11, 2025"
    [GeneratedRegex(@"\b" + M + @"\s+" + D + ToOrAnd + D2 + "(?:,?\\s+" + Y + ")?", Options)]
    private static partial Regex MonthDayRange();

    // "9–11 October 2025", "from the 12th to the 16th of May 1975"
    [GeneratedRegex(@"(?<![\d,.])\b" + D + ToOrAnd + @"(?:the\s+)?" + D2 + @"\s+(?:of\s+)?" + M + "(?:,?\\s+" + Y + ")?", Options)]
    private static partial Regex DayRangeMonth();

    // "January 31 – February 2, 1950", "30 May – 1 June 1984", "between 30 May and 1 June 1984" ("and" only after "between"),
    // "from 28 December 1955 to 6 January 1956", "December 28, 1955 – January 6, 1956" (a year on each side)
    [GeneratedRegex(
        RangeOpener + @"\b" + M + @"\s+" + D + "(?:,?\\s+" + Y0 + ",?)?" + To + M2 + @"\s+" + D2 + "(?:,?\\s+" + Y + ")?"
        + @"|(?:\b(?i:from)\s+)?(?<![\d,.])\b" + D + @"\s+(?:of\s+)?" + M + "(?:,?\\s+" + Y0 + ")?" + To + D2 + @"\s+(?:of\s+)?" + M2 + "(?:,?\\s+" + Y + ")?"
        + @"|\b(?i:between)\s+" + D + @"\s+(?:of\s+)?" + M + @"\s+and\s+" + D2 + @"\s+(?:of\s+)?" + M2 + "(?:,?\\s+" + Y + ")?",
        Options)]
    private static partial Regex MonthDayToMonthDay();

    // "January 31, 1950", "Jan. 31, 1950", "March 1" (year from the context)
    [GeneratedRegex(@"\b" + M + @"\s+" + D + "(?:,?\\s+" + Y + ")?", Options)]
    private static partial Regex MonthDay();

    // "31 January 1950", "15th of February 2024"
    [GeneratedRegex(@"(?<![\d,.])\b" + D + @"\s+(?:of\s+)?" + M + "(?:,?\\s+" + Y + ")?", Options)]
    private static partial Regex DayMonth();

    // "November–December 1958", "November and December 1958"
    [GeneratedRegex(RangeOpener + @"\b" + M + ToOrAnd + M2 + @",?\s+" + Y, Options)]
    private static partial Regex MonthRange();

    // "November 1958 – January 1959"
    // "and" only after "between": "November–December 1958 and November 1964" are two dates.
    [GeneratedRegex(
        @"(?:\b(?i:from)\s+)?\b" + M + @",?\s+" + Y + To + M2 + @",?\s+" + Y2
        + @"|\b(?i:between)\s+" + M + @",?\s+" + Y + @"\s+and\s+" + M2 + @",?\s+" + Y2,
        Options)]
    private static partial Regex MonthYearRange();

    // "July 1957", "Sept. 1960", "July of 1957"
    [GeneratedRegex(@"\b" + M + @"(?:,|\s+of)?\s+" + Y, Options)]
    private static partial Regex MonthYear();

    // "1998–2002", "from 1998 to 2002", "1998-99"; "between 1998 and 2002"
    [GeneratedRegex(
        @"(?:\b(?i:from)\s+)?" + YearHead + Y + "(?:" + To + Y2 + "|[–-](?<yy>\\d{2})(?![\\d\\p{L}]|[,.]\\d))"
        + @"|\b(?i:between)\s+" + YearHead + Y + @"\s+and\s+" + Y2,
        Options)]
    private static partial Regex YearRange();

    // "the 1990s and 2000s", "1960s–1970s", "1960s–70s"
    [GeneratedRegex(
        RangeOpener + @"(?:\b(?i:the)\s+)?" + YearHead + Decade + ToOrAnd + @"(?:(?i:the)\s+)?"
        + "(?:(?<y2>1\\d{2}0|20\\d0)|(?<yy>\\d0))['’]?s\\b",
        Options)]
    private static partial Regex DecadeRange();

    // "1960s", "1960's"; "the" and "early/mid/late" are added by the qualifier scan.
    [GeneratedRegex(YearHead + Decade, Options)]
    private static partial Regex DecadeOnly();

    // "1966", "in 1968"
    [GeneratedRegex(YearHead + Y, Options)]
    private static partial Regex BareYear();

    // "the following year", "that same year", "two years later", "that autumn"
    [GeneratedRegex(
        @"\b(?:the\s+(?<rel>following|next|same|previous|preceding)\s+year|(?<rel>that)\s+(?:same\s+)?(?:year|spring|summer|autumn|winter)"
        + @"|(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?<dir>later|afterwards?|earlier))\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();
}
