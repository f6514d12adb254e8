using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// Sentence-level corrections on top of the date tagger, where one date needs its neighbours:
/// a range written as two dates ("from 28 February to 2 March 2001"), two decades joined by "and"
/// ("the 1960s and early 1970s"), a year list item refined by a bare month ("2018: … visited India in March"),
/// and a day without a year that falls before the previous date of the narrative ("25 December 1978 … On 7 and 8 January" is 1979).
/// </summary>
public static partial class DateFixes
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static IReadOnlyList<DateMention> Apply(string sentence, IReadOnlyList<DateMention> found, DateContext context)
    {
        // A sentence without a date of its own can still hold a month or a day relative to the one before it.
        if (found.Count == 0 && (context.Previous is null || !MayHoldRelativeDate(sentence)))
        {
            return found;
        }

        var dates = found.ToList();
        YearWithItsDays(sentence, dates);
        LeadingDayMonth(sentence, dates);
        MergeRanges(sentence, dates);
        RollOverYear(dates, context);
        RefineYearByMonth(sentence, dates, context);
        RelativeDays(sentence, dates, context);
        MonthOfYear(sentence, dates);
        SeasonOfAnotherDate(dates);
        return dates;
    }

    /// <summary>
    /// "in October of the same year", "the 14 July Revolution of 1958": a day or month written without its year, then "of" and
    /// a year (or a name and "of" a year), is that day of that year: one date.
    /// </summary>
    private static void MonthOfYear(string sentence, List<DateMention> dates)
    {
        for (var i = dates.Count - 2; i >= 0; i--)
        {
            var (day, year) = (dates[i], dates[i + 1]);
            var dayEnd = day.Start + day.Length;
            if (day.Date.Precision is not (DatePrecision.Day or DatePrecision.Month) || HasYear(day.Date.Text)
                || year.Date is not { Precision: DatePrecision.Year, End: null, Qualifier: DateQualifier.None }
                || !OfTheYear().IsMatch(sentence.AsSpan(dayEnd, year.Start - dayEnd)))
            {
                continue;
            }

            var y = year.Date.Start.Year;
            var end = year.Start + year.Length;
            var date = day.Date with { Start = day.Date.Start with { Year = y }, End = day.Date.End is { } e ? e with { Year = y } : null };
            dates[i] = new DateMention(date with { Text = sentence[day.Start..end] }, day.Start, end - day.Start);
            dates.RemoveAt(i + 1);
        }
    }

    // " of ", " Revolution of ": what stands between a day and the year it is of.
    [GeneratedRegex(@"^\s+(?:\p{Lu}\p{L}+\s+){0,2}of\s+$")]
    private static partial Regex OfTheYear();

    /// <summary>
    /// "Diplomatic relations were established on 13 April 1947, … and X presented her credentials that summer": "that summer"
    /// in a sentence with a date of its own is a time of that date, not a date.
    /// </summary>
    private static void SeasonOfAnotherDate(List<DateMention> dates)
    {
        if (dates.Count > 1)
        {
            dates.RemoveAll(d => d.Date.Precision == DatePrecision.Year && d.Date.InWordsOnly && Season().IsMatch(d.Date.Text));
        }
    }

    [GeneratedRegex(@"(?:spring|summer|autumn|winter)$")]
    private static partial Regex Season();

    /// <summary>
    /// "1984 (31 May – 3 June): Kim Il Sung returns to Poland": a year followed by its days in brackets is one date, those
    /// days of that year, from the year to the closing bracket; so is a sentence's opening year and the days after its comma.
    /// </summary>
    private static void YearWithItsDays(string sentence, List<DateMention> dates)
    {
        if (dates.Count > 0 && dates[0] is { Start: <= 1, Date: { Precision: DatePrecision.Year, End: null, Qualifier: DateQualifier.None } } first
            && LabelMonth().Match(sentence, first.Start + first.Length) is { Success: true } month)
        {
            var number = MonthNumber(month.Groups["month"].Value);
            var end = month.Index + month.Length;
            dates[0] = first with { Length = end - first.Start, Date = first.Date with { Text = sentence[first.Start..end], Start = DatePoint.OfMonth(first.Date.Start.Year, number) } };
        }

        for (var i = dates.Count - 2; i >= 0; i--)
        {
            var (year, days) = (dates[i], dates[i + 1]);
            var yearEnd = year.Start + year.Length;
            var daysEnd = days.Start + days.Length;
            if (year.Date is not { Precision: DatePrecision.Year, End: null, Qualifier: DateQualifier.None }
                || days.Date.Precision is not (DatePrecision.Day or DatePrecision.Month) || days.Date.Start.Year != year.Date.Start.Year)
            {
                continue;
            }

            // "- 1975, 6–9 June — Kim Il Sung in Yugoslavia": so are a list item's year and the days after its comma.
            var end = OpeningBracket().IsMatch(sentence.AsSpan(yearEnd, days.Start - yearEnd))
                && ClosingBracket().Match(sentence, daysEnd) is { Success: true } close && close.Index == daysEnd ? close.Index + close.Length
                : year.Start <= 1 && LabelComma().IsMatch(sentence.AsSpan(yearEnd, days.Start - yearEnd)) ? daysEnd
                : -1;
            if (end > 0)
            {
                dates[i] = days with { Start = year.Start, Length = end - year.Start, Date = days.Date with { Text = sentence[year.Start..end] } };
                dates.RemoveAt(i + 1);
            }
        }
    }

    [GeneratedRegex(@"^\s*\(\s*$")]
    private static partial Regex OpeningBracket();

    [GeneratedRegex(@"\G\s*\)")]
    private static partial Regex ClosingBracket();

    [GeneratedRegex(@"^,\s*$")]
    private static partial Regex LabelComma();

    // "1985, March — Mugabe's official visit": a list item's year and the bare month after its comma.
    [GeneratedRegex(@"\G,\s*(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)")]
    private static partial Regex LabelMonth();

    // "April" → 4: a month's name as the patterns capture it.
    private static int MonthNumber(string name) => Array.FindIndex(Months, n => n.Equals(name, StringComparison.Ordinal)) + 1;

    private static readonly SearchValues<string> MonthNames = SearchValues.Create(Months, StringComparison.Ordinal);

    // What a bare month or a relative day or month needs: a month's name, or "following", "next" or "later".
    private static bool MayHoldRelativeDate(string sentence) =>
        sentence.AsSpan().IndexOfAny(MonthNames) >= 0 || MayHoldRelativeDay(sentence);

    private static bool MayHoldRelativeDay(string sentence) =>
        sentence.Contains("following", StringComparison.OrdinalIgnoreCase) || sentence.Contains("next", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("later", StringComparison.Ordinal) || sentence.Contains("that month", StringComparison.Ordinal)
        || sentence.Contains(" before ", StringComparison.Ordinal);

    /// <summary>
    /// "two days later", "the following day", "the following month", "the following April", ", three weeks before X
    /// arrived": a date counted from the date before it in the sentence, or else from the last one of the narrative, at the
    /// precision it needs.
    /// </summary>
    private static void RelativeDays(string sentence, List<DateMention> dates, DateContext context)
    {
        if (!MayHoldRelativeDay(sentence))
        {
            return;
        }

        foreach (Match m in RelativeDay().Matches(sentence))
        {
            if (dates.Any(d => m.Index < d.Start + d.Length && d.Start < m.Index + m.Length)
                || Bounded().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index))))
            {
                continue;
            }

            // "The embassy reopened on 16 March 2004, three weeks before President X arrived": what comes after "before" is
            // that long after the date just before it, in the same sentence.
            if (m.Groups["before"].Success && (m.Index < 2 || sentence[m.Index - 2] != ',' || !dates.Exists(d => d.Start < m.Index)))
            {
                continue;
            }

            var anchor = dates.LastOrDefault(d => d.Start < m.Index)?.Date ?? context.Previous;
            if (anchor is null || (anchor.End ?? anchor.Start) is not { Precision: DatePrecision.Day or DatePrecision.Month } from)
            {
                continue;
            }

            DatePoint? date;
            if (m.Groups["same"].Success)
            {
                // "later that month": the month of the date of a sentence before (one of the same sentence is its own date).
                date = dates.Exists(d => d.Start < m.Index) ? null : DatePoint.OfMonth(from.Year, from.Month);
            }
            else if (m.Groups["month"].Success)
            {
                // "The following April": the first April after the anchor.
                var month = MonthNumber(m.Groups["month"].Value);
                date = DatePoint.OfMonth(month > from.Month ? from.Year : from.Year + 1, month);
            }
            else
            {
                var count = m.Groups["n"].Success ? DateTagger.Count(m.Groups["n"].ValueSpan) : 1;
                date = m.Groups["unit"].Value.StartsWith("month", StringComparison.Ordinal)
                    ? AddMonths(from, count)
                    : from.Precision == DatePrecision.Day
                        ? DayAfter(from, m.Groups["unit"].Value.StartsWith("week", StringComparison.Ordinal) ? 7 * count : count)
                        : null;
            }

            // "Eight days later, on 3 April, …": the date that follows says it again.
            if (date is { } d2 && !dates.Exists(d => d.Start >= m.Index + m.Length && d.Start - m.Index - m.Length <= 6 && d.Date.Start == d2))
            {
                dates.Add(new DateMention(new FuzzyDate(m.Value, d2), m.Index, m.Length));
                dates.Sort((x, y) => x.Start.CompareTo(y.Start));
            }
        }
    }

    private static DatePoint AddMonths(DatePoint from, int count)
    {
        var month = from.Month - 1 + count;
        return DatePoint.OfMonth(from.Year + (month / 12), (month % 12) + 1);
    }

    private static DatePoint DayAfter(DatePoint from, int days)
    {
        var day = new DateOnly(from.Year, from.Month, from.Day).AddDays(days);
        return DatePoint.OfDay(day.Year, day.Month, day.Day);
    }

    private static void MergeRanges(string sentence, List<DateMention> dates)
    {
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var a = dates[i];
            var b = dates[i + 1];
            var between = sentence[(a.Start + a.Length)..b.Start];
            var bothDecades = a.Date.Precision == DatePrecision.Decade && b.Date.Precision == DatePrecision.Decade && b.Date.End is null;
            if (bothDecades && DecadeJoin().IsMatch(between))
            {
                dates[i] = Merge(sentence, a, b, a.Date.Start);
                dates.RemoveAt(i + 1);
            }
            else if (!HasYear(a.Date.Text) && HasYear(b.Date.Text) && a.Date.End is null && b.Date.End is null
                && a.Date.Precision is DatePrecision.Day or DatePrecision.Month && RangeJoin().IsMatch(between))
            {
                var start = a.Date.Start with { Year = b.Date.Start.Year };
                if (start.First <= b.Date.Start.First)
                {
                    dates[i] = Merge(sentence, a, b, start);
                    dates.RemoveAt(i + 1);
                }
            }
        }
    }

    // "from 28 February to 2 March 2001": the first day has no year of its own, so the tagger may not see it.
    private static void LeadingDayMonth(string sentence, List<DateMention> dates)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var b = dates[i];
            if (b.Date.Precision != DatePrecision.Day || b.Date.End is not null || !HasYear(b.Date.Text)
                || (i > 0 && dates[i - 1].Start + dates[i - 1].Length > b.Start - 40))
            {
                continue;
            }

            var m = DayMonthBefore().Match(sentence[..b.Start]);
            if (!m.Success)
            {
                continue;
            }

            var month = MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(b.Date.Start.Year, month))
            {
                continue;
            }

            var start = DatePoint.OfDay(b.Date.Start.Year, month, day);
            if (start.First < b.Date.Start.First)
            {
                var end = b.Start + b.Length;
                dates[i] = new DateMention(new FuzzyDate(sentence[m.Index..end], start, b.Date.Start), m.Index, end - m.Index);
            }
        }
    }

    private static DateMention Merge(string sentence, DateMention a, DateMention b, DatePoint start)
    {
        var end = b.Start + b.Length;
        return new DateMention(new FuzzyDate(sentence[a.Start..end], start, b.Date.End ?? b.Date.Start, DateQualifier.None), a.Start, end - a.Start);
    }

    private static void RollOverYear(List<DateMention> dates, DateContext context)
    {
        if (context.Previous is not { Precision: DatePrecision.Day or DatePrecision.Month } previous)
        {
            return;
        }

        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i].Date;
            if (!HasYear(d.Text) && d.Precision is DatePrecision.Day or DatePrecision.Month && d.Latest < previous.Earliest
                && d.Start.Year == previous.Start.Year)
            {
                var start = d.Start with { Year = d.Start.Year + 1 };
                DatePoint? end = d.End is { } e ? e with { Year = e.Year + 1 } : null;
                dates[i] = dates[i] with { Date = d with { Start = start, End = end } };
            }
        }
    }

    // "2018: A visited India in March; B visited Vietnam in November": a bare month takes the year in force; it refines a
    // year-only date of its own clause, else it is a date of its own.
    private static void RefineYearByMonth(string sentence, List<DateMention> dates, DateContext context)
    {
        foreach (Match m in BareMonth().Matches(sentence))
        {
            if (dates.Any(d => m.Index < d.Start + d.Length && d.Start < m.Index + m.Length))
            {
                continue;
            }

            var before = dates.LastOrDefault(d => d.Start < m.Index && d.Date.Precision != DatePrecision.Decade);
            var yearBefore = before is { Date: { Precision: DatePrecision.Year, End: null } } ? before : null;
            int? year = before?.Date.Start.Year ?? (dates.All(d => d.Start > m.Index) ? context.Year : null);
            if (year is null)
            {
                continue;
            }

            var month = MonthNumber(m.Groups["month"].Value);
            // "That year X happened, and in July Y": a clause of its own after ", and" has a date of its own.
            var sameClause = yearBefore is not null && sentence.IndexOf(';', yearBefore.Start, m.Index - yearBefore.Start) < 0
                && !NewClause().IsMatch(sentence.AsSpan(yearBefore.Start, m.Index - yearBefore.Start))
                && dates.Count(d => d.Start >= yearBefore.Start && d.Start < m.Index) == 1;
            if (sameClause)
            {
                var i = dates.IndexOf(yearBefore!);
                dates[i] = yearBefore! with { Date = yearBefore.Date with { Text = $"{yearBefore.Date.Text} … {m.Value.Trim()}", Start = DatePoint.OfMonth(year.Value, month) } };
            }
            else
            {
                var words = m.Groups["words"];
                dates.Add(new DateMention(new FuzzyDate(words.Value, DatePoint.OfMonth(year.Value, month)), words.Index, words.Length));
                dates.Sort((x, y) => x.Start.CompareTo(y.Start));
            }
        }
    }

    private static bool HasYear(string text) => FourDigits().IsMatch(text);

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^\s*(?:and|to|through|–|-)\s*(?:the\s+)?$")]
    private static partial Regex DecadeJoin();

    [GeneratedRegex(@"(?:\b(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)|\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}))\s*(?:to|until|till|through|–|—|-)\s*$")]
    private static partial Regex DayMonthBefore();

    [GeneratedRegex(@"^\s*(?:to|until|till|through|–|—|-)\s*$")]
    private static partial Regex RangeJoin();

    // "in March", "By October" with no day or year after it; "1976 (May)" in a list of visits.
    [GeneratedRegex(@"\b(?:in|In|during|During|by|By|that|That)\s+(?<words>(?<month>January|February|March|April|May|June|July|August|September|October|November|December))\b(?![\s,]*\d)"
        + @"|(?<=\b\d{4}\s)\((?<words>(?<month>January|February|March|April|May|June|July|August|September|October|November|December))\)")]
    private static partial Regex BareMonth();

    [GeneratedRegex(@",\s+(?:and|but|while)\s")]
    private static partial Regex NewClause();

    // "less than three months later", "within a week": a bound, not a date.
    [GeneratedRegex(@"\b(?:less\s+than|more\s+than|under|over|nearly|almost|within)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Bounded();

    // "two days later", "a week later", "the following day", "the next month", "the following April".
    [GeneratedRegex(@"\b(?:(?<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+(?<unit>days?|weeks?|months?)\s+(?:later|(?<before>before)(?=\s+(?:the\s+)?\p{Lu}))|(?i:the)\s+(?:following|next)\s+(?:(?<unit>day|week|month)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December))|(?<same>(?:(?i:later)\s+)?that\s+month))\b")]
    private static partial Regex RelativeDay();
}
