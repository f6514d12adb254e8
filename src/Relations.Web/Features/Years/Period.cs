using System.Globalization;

namespace Relations.Web.Features.Years;

/// <summary>A year ("1968") or a decade ("1960s") as an interval of days.</summary>
public sealed record Period(int Start, int End, bool IsDecade)
{
    /// <summary>Years outside this range have no page (404): the corpus is about modern diplomacy.</summary>
    public const int MinYear = 1800;

    public const int MaxYear = 2100;

    public DateOnly First => new(Start, 1, 1);

    public DateOnly Last => new(End, 12, 31);

    public string Label => IsDecade ? $"{Start}s" : Start.ToString(CultureInfo.InvariantCulture);

    public bool InRange => Start >= MinYear && End <= MaxYear;

    public Period Previous => IsDecade ? Decade(Start - 10) : Year(Start - 1);

    public Period Next => IsDecade ? Decade(Start + 10) : Year(Start + 1);

    public static Period Year(int year) => new(year, year, false);

    public static Period Decade(int start) => new(start, start + 9, true);

    /// <summary>"1968" or "1960s" (also "1960S"); anything else is not a period.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = Year(0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var decade = text.EndsWith('s') || text.EndsWith('S');
        var digits = decade ? text[..^1] : text;
        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        if (decade && value % 10 != 0)
        {
            return false;
        }

        period = decade ? Decade(value) : Year(value);
        return true;
    }
}
