using System.Text.RegularExpressions;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// "arrived in Pyongyang on 2 December 1958 and left on 9 December", "arriving in Vientiane on 24 August and leaving two
/// days later", "he stayed until 2 June": a date a stay ends on, after the date it began in the same sentence, is the end
/// of that happening (GOLD-FORMAT.md: a multi-day visit gives its start), not a happening or a visit of its own.
/// </summary>
public static partial class Departures
{
    public static bool IsDeparture(string sentence, IReadOnlyList<DateMention> dates, DateMention d)
    {
        // "the last units left the following year", "they stayed until 1990": the end of a presence, not of a stay of some days.
        if (d.Date.Start.Precision != DatePrecision.Day)
        {
            return false;
        }

        var earlier = false;
        foreach (var other in dates)
        {
            earlier |= other.Start < d.Start;
        }

        if (!earlier)
        {
            return false;
        }

        var from = Math.Max(0, d.Start - 40);
        return Leaving().IsMatch(sentence.AsSpan(from, d.Start - from));
    }

    // "left on", "left Hanoi on", "departed for home on", "leaving", "stayed until"; not "left for Moscow on" (a journey on).
    [GeneratedRegex(@"\b(?:left|departed|leaving|departing|stayed|staying)(?:\s+(?!for\b|to\b|in\b|on\b|until\b)(?:\p{Lu}\p{L}+|the\s+(?:country|city|island|capital)|home))?\s+(?:(?:on|in|until|till)\s+)?$")]
    private static partial Regex Leaving();
}
