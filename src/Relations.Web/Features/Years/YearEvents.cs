using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;

namespace Relations.Web.Features.Years;

/// <summary>An event of a period; Broader when its interval reaches outside the period ("the 1980s" on /years/1985).</summary>
public sealed record PeriodEvent(EventItem Event, bool Broader);

/// <summary>One page of a period's events: at corpus scale a busy year holds thousands, so pages keep it readable and bounded.</summary>
public sealed record YearPage(Period Period, IReadOnlyList<PeriodEvent> Events, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public static class YearEvents
{
    public const int DefaultPageSize = 200;

    public static async Task<YearPage> LoadAsync(RelationsDb db, Period period, int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var first = period.First;
        var last = period.Last;
        var overlapping = db.Events.Where(e => e.Earliest <= last && e.Latest >= first);
        var total = await overlapping.CountAsync(ct);
        page = Math.Max(1, page);
        var events = await overlapping
            .OrderBy(e => e.Earliest).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(EventItem.FromRow)
            .ToListAsync(ct);
        return new YearPage(period, [.. events.Select(e => new PeriodEvent(e, e.Earliest < first || e.Latest > last))], total, page, pageSize);
    }

    /// <summary>The decades that have events or an established date, for the /years index.</summary>
    public static async Task<IReadOnlyList<(Period Decade, int Events)>> DecadesAsync(RelationsDb db, CancellationToken ct = default)
    {
        var counts = await db.Events.GroupBy(e => e.Earliest.Year / 10 * 10).Select(g => new { Decade = g.Key, Count = g.Count() }).ToListAsync(ct);
        var established = await db.Relations.Where(r => r.EstablishedIso != null).Select(r => r.EstablishedIso!).ToListAsync(ct);
        var decades = counts.ToDictionary(c => c.Decade, c => c.Count);
        foreach (var iso in established)
        {
            if (iso.Length >= 4 && int.TryParse(iso.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                decades.TryAdd(year / 10 * 10, 0);
            }
        }

        if (decades.Count == 0)
        {
            return [];
        }

        var from = Math.Max(decades.Keys.Min(), Period.MinYear);
        var to = Math.Min(decades.Keys.Max(), Period.MaxYear - 10);
        var result = new List<(Period, int)>();
        for (var d = from; d <= to; d += 10)
        {
            result.Add((Period.Decade(d), decades.GetValueOrDefault(d)));
        }

        return result;
    }
}
