using System.Buffers;
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

/// <summary>
/// Finds and normalises date expressions (DESIGN.md, "Dates"): days, months, years, decades, ranges of each,
/// qualifiers (early, mid, late, circa, from, until) and years given relative to the context ("the following year").
/// </summary>
public static partial class DateTagger
{
    private enum Shape
    {
        MonthDayRange,
        DayRangeMonth,
        MonthDayToMonthDay,
        MonthDay,
        DayMonth,
        MonthRange,
        MonthYearRange,
        MonthYear,
        YearRange,
        DecadeRange,
        Decade,
        Year,
        RelativeYear,
    }

    private readonly record struct Candidate(int Start, int Length, Shape Shape, Regex Regex)
    {
        public int End => Start + Length;
    }

    private static readonly SearchValues<string> MonthPrefixes = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private readonly record struct Core(DatePoint Start, DatePoint? End = null);

    /// <summary>Date mentions of <paramref name="sentence"/>, left to right, never overlapping; the longest match wins.</summary>
    public static IReadOnlyList<DateMention> Find(string sentence, DateContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var candidates = candidateBuffer ??= new List<Candidate>(16);
        candidates.Clear();

        // Every shape but the relative one needs a digit; most sentences have none, so this check saves the scans.
        if (sentence.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            // What each shape needs at least: its day numbers are runs of one or two digits, its years runs of exactly
            // four (neither can touch another digit), a range of months names two months. Shapes the sentence
            // cannot hold are not scanned for.
            var numbers = Numbers.Of(sentence);
            var months = MonthCount(sentence);
            if (months > 0)
            {
                if (numbers.Short >= 2)
                {
                    Collect(MonthDayRange(), Shape.MonthDayRange, sentence, candidates);
                    Collect(DayRangeMonth(), Shape.DayRangeMonth, sentence, candidates);
                    if (months >= 2)
                    {
                        Collect(MonthDayToMonthDay(), Shape.MonthDayToMonthDay, sentence, candidates);
                    }
                }

                if (numbers.Short >= 1)
                {
                    Collect(MonthDay(), Shape.MonthDay, sentence, candidates);
                    Collect(DayMonth(), Shape.DayMonth, sentence, candidates);
                }

                if (months >= 2 && numbers.Years >= 1)
                {
                    Collect(MonthRange(), Shape.MonthRange, sentence, candidates);
                    if (numbers.Years >= 2)
                    {
                        Collect(MonthYearRange(), Shape.MonthYearRange, sentence, candidates);
                    }
                }

                if (numbers.Years >= 1)
                {
                    Collect(MonthYear(), Shape.MonthYear, sentence, candidates);
                }
            }

            // "1998–2002" and "between 1998 and 2002" need two years, "1998-99" a dash right after a digit.
            if (numbers.Years >= 2 || (numbers.Years >= 1 && numbers.DashAfterDigit))
            {
                Collect(YearRange(), Shape.YearRange, sentence, candidates);
            }

            // Both decade shapes need a decade: "0s", "0's" or "0’s".
            if (MayHaveDecade(sentence))
            {
                Collect(DecadeRange(), Shape.DecadeRange, sentence, candidates);
                Collect(DecadeOnly(), Shape.Decade, sentence, candidates);
            }

            if (numbers.Years >= 1)
            {
                Collect(BareYear(), Shape.Year, sentence, candidates);
            }
        }

        if (sentence.Contains("year", StringComparison.OrdinalIgnoreCase) || sentence.Contains("that ", StringComparison.OrdinalIgnoreCase))
        {
            Collect(RelativeYear(), Shape.RelativeYear, sentence, candidates);
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var chosen = Longest(candidates);
        var running = context ?? DateContext.None;
        var mentions = new List<DateMention>(chosen.Count);
        var floor = 0;
        foreach (var c in chosen)
        {
            if (Build(c, sentence, running) is not { } core)
            {
                continue;
            }

            var qualifier = DateQualifier.None;
            var start = IsRange(c.Shape) ? c.Start : Qualify(sentence, c.Start, floor, c.Shape == Shape.Decade, out qualifier);
            var date = new FuzzyDate(sentence[start..c.End], core.Start, core.End, qualifier);
            mentions.Add(new DateMention(date, start, c.End - start));
            running = Advance(running, date);
            floor = c.End;
        }

        return mentions;
    }

    /// <summary>
    /// The context for the sentence after one with <paramref name="mentions"/>: the last year stated (or resolved)
    /// stays in force, and the last date becomes <see cref="DateContext.Previous"/>. A decade does not set the year.
    /// </summary>
    public static DateContext Advance(DateContext context, IReadOnlyList<DateMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var mention in mentions)
        {
            context = Advance(context, mention.Date);
        }

        return context;
    }

    private static DateContext Advance(DateContext context, FuzzyDate date)
    {
        var last = date.End ?? date.Start;
        return new DateContext(last.Precision == DatePrecision.Decade ? context.Year : last.Year, date);
    }

    /// <summary>The maximal runs of digits (as \\d has them) of a sentence: those of one or two digits, those of exactly four.</summary>
    private readonly record struct Numbers(int Short, int Years, bool DashAfterDigit)
    {
        public static Numbers Of(string sentence)
        {
            var (short_, years, dash) = (0, 0, false);
            var i = 0;
            while (i < sentence.Length)
            {
                if (!char.IsDigit(sentence[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < sentence.Length && char.IsDigit(sentence[i]))
                {
                    i++;
                }

                var length = i - start;
                short_ += length <= 2 ? 1 : 0;
                years += length == 4 ? 1 : 0;
                dash |= i < sentence.Length && sentence[i] is '–' or '-';
            }

            return new Numbers(short_, years, dash);
        }
    }

    /// <summary>How many month names could start in the sentence (0, 1 or 2 meaning two or more): every one starts with a prefix.</summary>
    private static int MonthCount(string sentence)
    {
        var span = sentence.AsSpan();
        var first = span.IndexOfAny(MonthPrefixes);
        if (first < 0)
        {
            return 0;
        }

        return span[(first + 1)..].IndexOfAny(MonthPrefixes) >= 0 ? 2 : 1;
    }

    private static bool MayHaveDecade(string sentence)
    {
        for (var i = sentence.IndexOf('0'); i >= 0 && i + 1 < sentence.Length; i = sentence.IndexOf('0', i + 1))
        {
            var next = sentence[i + 1];
            if (next == 's' || (next is '\'' or '’' && i + 2 < sentence.Length && sentence[i + 2] == 's'))
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(Regex regex, Shape shape, string sentence, List<Candidate> candidates)
    {
        foreach (var m in regex.EnumerateMatches(sentence))
        {
            // EnumerateMatches does not allocate; only the candidates that win are matched again, for their groups (Build).
            candidates.Add(new Candidate(m.Index, m.Length, shape, regex));
        }
    }

    // Each thread's candidates and chosen ones, reused by every sentence: neither leaves Find.
    [ThreadStatic]
    private static List<Candidate>? candidateBuffer;

    [ThreadStatic]
    private static List<Candidate>? chosenBuffer;

    /// <summary>Longest first, then leftmost; a candidate overlapping one already taken is dropped.</summary>
    private static List<Candidate> Longest(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var chosen = chosenBuffer ??= new List<Candidate>(16);
        chosen.Clear();
        foreach (var c in candidates)
        {
            var free = true;
            foreach (var t in chosen)
            {
                if (c.Start < t.End && t.Start < c.End)
                {
                    free = false;
                    break;
                }
            }

            if (free)
            {
                chosen.Add(c);
            }
        }

        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static bool IsRange(Shape shape) => shape is Shape.MonthDayRange or Shape.DayRangeMonth or Shape.MonthDayToMonthDay
        or Shape.MonthRange or Shape.MonthYearRange or Shape.YearRange or Shape.DecadeRange;

    private static Core? Build(Candidate c, string sentence, DateContext context)
    {
        var g = c.Regex.Match(sentence, c.Start, c.Length).Groups;
        switch (c.Shape)
        {
            case Shape.MonthDayRange or Shape.DayRangeMonth:
            {
                // "March 1 and 2" has no year of its own: it takes the one in force, or is not a date at all.
                if ((Int(g["y"]) ?? context.Year) is not { } year || Int(g["d2"]) is not { } d2)
                {
                    return null;
                }

                var month = MonthOf(g["m"]);
                var d = Int(g["d"])!.Value;
                return d2 > d && DayOf(year, month, d) is { } first && DayOf(year, month, d2) is { } last ? new Core(first, last) : null;
            }

            case Shape.MonthDayToMonthDay:
            {
                var (m1, m2) = (MonthOf(g["m"]), MonthOf(g["m2"]));

                // "28 December 1955 – 6 January": the start's year, and the end in the year after when its month comes first.
                var own = Int(g["y0"]);
                if ((Int(g["y"]) ?? (own + (m2 < m1 ? 1 : 0)) ?? context.Year) is not { } year)
                {
                    return null;
                }

                // "December 30 – January 2, 1950": the year given is the end's.
                var startYear = own ?? (m2 < m1 && g["y"].Success ? year - 1 : year);
                return DayOf(startYear, m1, Int(g["d"])!.Value) is { } first && DayOf(year, m2, Int(g["d2"])!.Value) is { } last
                    && first.First < last.First ? new Core(first, last) : null;
            }

            case Shape.MonthDay or Shape.DayMonth:
                return (Int(g["y"]) ?? context.Year) is { } y && DayOf(y, MonthOf(g["m"]), Int(g["d"])!.Value) is { } day ? new Core(day) : null;

            case Shape.MonthRange:
            {
                var year = Int(g["y"])!.Value;
                var (m1, m2) = (MonthOf(g["m"]), MonthOf(g["m2"]));
                if (m1 == m2)
                {
                    return null;
                }

                // "December–January 1959" runs over the new year.
                return new Core(DatePoint.OfMonth(m2 < m1 ? year - 1 : year, m1), DatePoint.OfMonth(year, m2));
            }

            case Shape.MonthYearRange:
            {
                var first = DatePoint.OfMonth(Int(g["y"])!.Value, MonthOf(g["m"]));
                var last = DatePoint.OfMonth(Int(g["y2"])!.Value, MonthOf(g["m2"]));
                return first.First < last.First ? new Core(first, last) : null;
            }

            case Shape.MonthYear:
                return new Core(DatePoint.OfMonth(Int(g["y"])!.Value, MonthOf(g["m"])));

            case Shape.YearRange:
            {
                var year = Int(g["y"])!.Value;

                // "1998-99": the end shares the century of the start.
                var end = Int(g["y2"]) ?? (year - (year % 100) + Int(g["yy"])!.Value);
                return end > year && !IsQuantity(sentence, c) ? new Core(DatePoint.OfYear(year), DatePoint.OfYear(end)) : null;
            }

            case Shape.DecadeRange:
            {
                var year = Int(g["y"])!.Value;
                var end = Int(g["y2"]) ?? (year - (year % 100) + Int(g["yy"])!.Value);
                if (end <= year)
                {
                    end += 100; // "1990s–00s"
                }

                return new Core(DatePoint.OfDecade(year), DatePoint.OfDecade(end));
            }

            case Shape.Decade:
                return new Core(DatePoint.OfDecade(Int(g["y"])!.Value));

            case Shape.Year:
            {
                var year = Int(g["y"])!.Value;
                return IsQuantity(sentence, c) || (year < 1500 && !IsYearPreposition(WordBefore(sentence, c.Start, 0, out _)))
                    ? null
                    : new Core(DatePoint.OfYear(year));
            }

            case Shape.RelativeYear:
                return Relative(g, context) is { } resolved ? new Core(DatePoint.OfYear(resolved)) : null;

            default:
                return null;
        }
    }

    /// <summary>Resolves "the following year", "that year", "two years later" against the context; null without one.</summary>
    private static int? Relative(GroupCollection g, DateContext context)
    {
        // The year of the last date (its end for a range) anchors "later"; a decade is too broad to count from.
        int? previous = context.Previous is { } p && (p.End ?? p.Start) is { Precision: not DatePrecision.Decade } last
            ? last.Year
            : context.Year;
        var rel = g["rel"];
        if (rel.Success)
        {
            return rel.ValueSpan switch
            {
                var r when r.Equals("following", StringComparison.OrdinalIgnoreCase) || r.Equals("next", StringComparison.OrdinalIgnoreCase) => previous + 1,
                var r when r.Equals("previous", StringComparison.OrdinalIgnoreCase) || r.Equals("preceding", StringComparison.OrdinalIgnoreCase) => previous - 1,
                _ => context.Year ?? previous, // "that year", "the same year"
            };
        }

        var count = Count(g["n"].ValueSpan);
        return g["dir"].ValueSpan.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? previous - count : previous + count;
    }

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>How many units a relative date counts: digits, or a number word ("two years later", "a week later").</summary>
    internal static int Count(ReadOnlySpan<char> n) => char.IsAsciiDigit(n[0]) ? int.Parse(n, CultureInfo.InvariantCulture) : NumberWord(n);

    /// <summary>"a"/"an" count as one; the rest are the number words the pattern allows.</summary>
    private static int NumberWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < NumberWords.Length; i++)
        {
            if (word.Equals(NumberWords[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 1;
    }

    private static int? Int(Group g) => g.Success ? int.Parse(g.ValueSpan, CultureInfo.InvariantCulture) : null;

    private static DatePoint? DayOf(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? DatePoint.OfDay(year, month, day) : null;

    /// <summary>The month number of a name or abbreviation; the first three letters tell them apart.</summary>
    private static int MonthOf(Group g) => g.ValueSpan[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };
}
