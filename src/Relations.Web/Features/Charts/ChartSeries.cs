using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;

namespace Relations.Web.Features.Charts;

/// <summary>A bar: its label (a year, a decade), value and link.</summary>
public sealed record ChartBar(string Label, double Value, string? Href);

/// <summary>One aid series: figures from one donor to one recipient in one unit, per year (amounts of a year added up; never converted).</summary>
public sealed record AidSeries(string Donor, string DonorSlug, string Recipient, string RecipientSlug, string Unit, IReadOnlyList<ChartBar> Years)
{
    public string Title => $"Aid from {Donor} to {Recipient} in {Unit}, {Years[0].Label}–{Years[^1].Label}";
}

/// <summary>The numbers behind the charts.</summary>
public static class ChartSeries
{
    /// <summary>Series with at least two dated years; undated figures stay in the aid table only.</summary>
    public static IReadOnlyList<AidSeries> Aid(IEnumerable<AidItem> aid) =>
        [.. aid.Where(a => a.Year is not null)
            .GroupBy(a => (a.DonorSlug, a.RecipientSlug, a.Unit))
            .Select(g => new AidSeries(
                g.First().Donor,
                g.Key.DonorSlug,
                g.First().Recipient,
                g.Key.RecipientSlug,
                g.Key.Unit,
                [.. g.GroupBy(a => a.Year!.Value).OrderBy(y => y.Key).Select(y => new ChartBar(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Sum(a => a.Amount), null))]))
            .Where(s => s.Years.Count >= 2)
            .OrderBy(s => s.DonorSlug, StringComparer.Ordinal).ThenBy(s => s.RecipientSlug, StringComparer.Ordinal).ThenBy(s => s.Unit, StringComparer.Ordinal)];

    /// <summary>Events per decade of a relation's timeline.</summary>
    public static IReadOnlyList<ChartBar> Decades(IEnumerable<EventItem> events) =>
        Decades(events.GroupBy(e => e.Decade).Select(g => (g.Key, g.Count())));

    /// <summary>Events per decade across the corpus (one GROUP BY in SQLite).</summary>
    public static async Task<IReadOnlyList<ChartBar>> CorpusDecadesAsync(RelationsDb db, CancellationToken ct = default)
    {
        var rows = await db.Events.GroupBy(e => e.Earliest.Year / 10 * 10).Select(g => new { Decade = g.Key, Count = g.Count() }).ToListAsync(ct);
        return Decades(rows.Select(r => (r.Decade, r.Count)));
    }

    /// <summary>Every decade from the first to the last, empty ones as zero bars, so the axis reads as time.</summary>
    public static IReadOnlyList<ChartBar> Decades(IEnumerable<(int Decade, int Count)> counts)
    {
        var byDecade = counts.ToDictionary(c => c.Decade, c => c.Count);
        if (byDecade.Count == 0)
        {
            return [];
        }

        var (first, last) = (byDecade.Keys.Min(), byDecade.Keys.Max());
        return [.. Enumerable.Range(0, (last - first) / 10 + 1)
            .Select(i => first + i * 10)
            .Select(d => new ChartBar($"{d}s", byDecade.GetValueOrDefault(d), $"/years/{d}s"))];
    }
}
