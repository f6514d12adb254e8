using System.Globalization;

namespace Relations.Web.Generation;

/// <summary>
/// Writes dates the way articles do, in one article's preferred order (day-month-year or month-day-year)
/// with the occasional odd one out: "12 March 1965", "March 12, 1965", "July 1977", "November–December 1958",
/// "October 9–11, 2005", "the early 1970s", "between 1998 and 2002".
/// </summary>
internal sealed class DatePhrases(Dice dice, bool dayFirst)
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static string MonthName(int month) => Months[month - 1];

    public int RandomMonth() => dice.Between(1, 12);

    public int RandomDay() => dice.Between(1, 28);

    /// <summary>"12 March 1965" or "March 12, 1965" (mostly the article's order, sometimes the other).</summary>
    public string Day(int year, int month, int day) =>
        DayFirst() ? $"{day} {MonthName(month)} {year}" : $"{MonthName(month)} {day}, {year}";

    /// <summary>Two days without their year ("March 1 and 2", "1 and 2 March"), for sentences that inherit the year.</summary>
    public string DayPair(int month, int first, int second) =>
        DayFirst() ? $"{first} and {second} {MonthName(month)}" : $"{MonthName(month)} {first} and {second}";

    public static string Month(int year, int month) => $"{MonthName(month)} {year}";

    /// <summary>"November–December 1958".</summary>
    public static string MonthRange(int year, int firstMonth) => $"{MonthName(firstMonth)}–{MonthName(firstMonth + 1)} {year}";

    /// <summary>"October 9–11, 2005" or "9–11 October 2005".</summary>
    public string DayRange(int year, int month, int firstDay, int lastDay) =>
        DayFirst() ? $"{firstDay}–{lastDay} {MonthName(month)} {year}" : $"{MonthName(month)} {firstDay}–{lastDay}, {year}";

    /// <summary>"the 1980s", "the early 1970s", "the mid-1990s", "the late 1960s" (without "the" when asked).</summary>
    public string Decade(int year, bool article = true)
    {
        var decade = year / 10 * 10;
        var qualifier = dice.Next(5) switch
        {
            0 => "early ",
            1 => "mid-",
            2 => "late ",
            _ => string.Empty,
        };
        return $"{(article ? "the " : string.Empty)}{qualifier}{decade}s";
    }

    /// <summary>A prepositional date at a random precision: "on 3 May 1999", "in July 1977", "in 1975".</summary>
    public string On(int year, out int month)
    {
        month = RandomMonth();
        return dice.Next(10) switch
        {
            < 3 => "on " + Day(year, month, RandomDay()),
            < 7 => "in " + Month(year, month),
            _ => "in " + year.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A sentence opening: "In 1975,", "In March 1981,", "On 4 June 1994,", "In the early 1970s,".</summary>
    public string Opening(int year)
    {
        var month = RandomMonth();
        return dice.Next(10) switch
        {
            < 3 => $"In {year},",
            < 6 => $"In {Month(year, month)},",
            < 8 => $"On {Day(year, month, RandomDay())},",
            9 => $"In {Decade(year)},",
            _ => $"By {year},",
        };
    }

    private bool DayFirst() => dice.Chance(0.9) ? dayFirst : !dayFirst;
}
