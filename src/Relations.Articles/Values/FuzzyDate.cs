using System.Globalization;

namespace Relations.Articles.Values;

public enum DatePrecision
{
    Day,
    Month,
    Year,
    Decade,
}

public enum DateQualifier
{
    None,
    Early,
    Mid,
    Late,
    Circa,
    From,
    Until,
}

/// <summary>One end of a date: a year, optionally a month and day, or a decade (Year = first year of it).</summary>
public readonly record struct DatePoint(int Year, int Month, int Day, DatePrecision Precision)
{
    public static DatePoint OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    public static DatePoint OfMonth(int year, int month) => new(year, month, 0, DatePrecision.Month);

    public static DatePoint OfYear(int year) => new(year, 0, 0, DatePrecision.Year);

    public static DatePoint OfDecade(int year) => new(year - (year % 10), 0, 0, DatePrecision.Decade);

    public DateOnly First => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly Last => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        _ => new DateOnly(Year + 9, 12, 31),
    };

    /// <summary>ISO prefix at this precision: "1950-01-31", "1957-07", "1986", "1960s" (DESIGN.md, "Dates").</summary>
    /// <remarks>
    /// Written digit by digit: the import writes two or three of these for each of its ~470,000 dated facts, and the
    /// custom numeric formats ("0000") went the slow way through the number formatter.
    /// </remarks>
    public string Iso => Year is < 0 or > 9999 ? IsoFormatted() : Precision switch
    {
        DatePrecision.Day => string.Create(10, this, static (chars, p) =>
        {
            Digits(chars, p.Year, 4);
            chars[4] = '-';
            Digits(chars[5..], p.Month, 2);
            chars[7] = '-';
            Digits(chars[8..], p.Day, 2);
        }),
        DatePrecision.Month => string.Create(7, this, static (chars, p) =>
        {
            Digits(chars, p.Year, 4);
            chars[4] = '-';
            Digits(chars[5..], p.Month, 2);
        }),
        DatePrecision.Year => string.Create(4, Year, static (chars, year) => Digits(chars, year, 4)),
        _ => string.Create(5, Year, static (chars, year) =>
        {
            Digits(chars, year, 4);
            chars[4] = 's';
        }),
    };

    public override string ToString() => Iso;

    /// <summary>Writes <paramref name="value"/> (0 to 10^count - 1) as exactly <paramref name="count"/> digits.</summary>
    private static void Digits(Span<char> chars, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private string IsoFormatted() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        DatePrecision.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}s"),
    };
}

/// <summary>
/// A date as the text gives it: the original words, a start (and for a range an end) at its precision,
/// and a qualifier. The interval [Earliest, Latest] is what a year search overlaps with.
/// </summary>
public sealed record FuzzyDate(string Text, DatePoint Start, DatePoint? End = null, DateQualifier Qualifier = DateQualifier.None)
{
    public DatePrecision Precision => Start.Precision;

    public DateOnly Earliest => Start.First;

    public DateOnly Latest => (End ?? Start).Last;

    public string Iso => Start.Iso;

    public string? EndIso => End?.Iso;

    /// <summary>"16 January 2025" within "January 2025": more precise than <paramref name="coarser"/> and inside it.</summary>
    public bool Refines(FuzzyDate coarser) =>
        Start.Precision < coarser.Start.Precision && coarser.Earliest <= Earliest && Latest <= coarser.Latest;

    /// <summary>True when the date is told in words only ("two years later", "that summer"): counted from the narrative.</summary>
    public bool InWordsOnly => Text.AsSpan().IndexOfAnyInRange('0', '9') < 0;

    /// <summary>True when the date covers more than one year (a decade, or a range over years).</summary>
    public bool IsBroad => Latest.Year > Earliest.Year;

    public override string ToString() => End is { } end ? $"{Iso}/{end.Iso} ({Text})" : $"{Iso} ({Text})";
}
