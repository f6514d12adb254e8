using System.Globalization;

namespace Relations.Web.Features.Charts;

/// <summary>
/// A linear scale over "nice" bounds: [0, 23] becomes [0, 25] with ticks every 5 (Heckbert, "Nice numbers for graph labels",
/// Graphics Gems, 1990): steps are 1, 2 or 5 times a power of ten.
/// </summary>
public sealed record ChartScale(double Min, double Max, double Step)
{
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(Step)));
            var count = (int)Math.Round((Max - Min) / Step);
            return [.. Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + i * Step, decimals))];
        }
    }

    /// <summary>Maps a value of [Min, Max] linearly onto [<paramref name="from"/>, <paramref name="to"/>] (to may be below from: SVG y grows down).</summary>
    public double Map(double value, double from, double to) => Max == Min ? from : from + (value - Min) / (Max - Min) * (to - from);

    /// <summary>A scale covering [<paramref name="min"/>, <paramref name="max"/>] with at most about <paramref name="ticks"/> ticks.</summary>
    public static ChartScale Nice(double min, double max, int ticks = 5)
    {
        if (double.IsNaN(min) || double.IsNaN(max) || double.IsInfinity(min) || double.IsInfinity(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), "the bounds must be finite numbers");
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        if (max == min)
        {
            // One value: a scale from zero to it (or to one), so a single bar still has a height.
            (min, max) = max > 0 ? (0.0, max) : max < 0 ? (max, 0.0) : (0.0, 1.0);
        }

        // Heckbert rounds the range first; rounding only the step keeps the top tick close to the data (23 → 25, not 30).
        var step = NiceNumber((max - min) / Math.Max(1, ticks - 1), round: true);
        return new ChartScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>The nice number near <paramref name="x"/>: rounded (1, 2, 5, 10) or the one at or above it (ceiling).</summary>
    public static double NiceNumber(double x, bool round)
    {
        var exponent = Math.Floor(Math.Log10(x));
        var fraction = x / Math.Pow(10, exponent);
        var nice = round
            ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }

    /// <summary>An axis label: "0", "2.5", "20k", "12.5M", "1.2bn".</summary>
    public static string Label(double value)
    {
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "bn",
            >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
            >= 1e4 => (value / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + "k",
            _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A number in a table: "12,300,000".</summary>
    public static string Full(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
