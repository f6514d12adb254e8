using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;

namespace Relations.Web.Features.Export;

// JSON documents of the API beyond the export's relation shape; nested items reuse the export records.

/// <summary>A row of /api/relations.</summary>
public sealed record RelationListItem(string Slug, string Title, IReadOnlyList<string> Countries, string? Established, int Events);

public sealed record CountryExport(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    bool Historical,
    string? Successor,
    IReadOnlyList<string> Predecessors,
    IReadOnlyList<string> Relations,
    IReadOnlyList<MissionExport> MissionsSent,
    IReadOnlyList<MissionExport> MissionsHosted,
    IReadOnlyList<VisitExport> VisitsIn,
    IReadOnlyList<VisitExport> VisitsOut,
    IReadOnlyList<string> Persons);

public sealed record PersonExport(string Name, string Slug, IReadOnlyList<string> Aliases, IReadOnlyList<string> Relations, IReadOnlyList<EventExport> Events, IReadOnlyList<VisitExport> Visits);

/// <summary>A page of /api/events.</summary>
public sealed record EventPage(int Total, int Page, int PageSize, IReadOnlyList<EventExport> Items);

/// <summary>Loads events by id in the export shape, keeping the order of the ids.</summary>
public static class EventExports
{
    public static async Task<IReadOnlyList<EventExport>> LoadAsync(RelationsDb db, IReadOnlyList<int> ids, CancellationToken ct = default)
    {
        var rows = await db.Events.AsSplitQuery()
            .Where(e => ids.Contains(e.Id))
            .Include(e => e.Relation)
            .Include(e => e.Persons).ThenInclude(p => p.Person)
            .Include(e => e.Countries).ThenInclude(c => c.Country)
            .ToDictionaryAsync(e => e.Id, ct);
        return [.. ids.Where(rows.ContainsKey).Select(id => RelationExports.ToExport(rows[id], rows[id].Relation.Slug))];
    }

    public static IQueryable<VisitExport> Visits(IQueryable<VisitRow> visits) =>
        visits.OrderBy(v => v.Earliest).ThenBy(v => v.Id)
            .Select(v => new VisitExport(v.Person.Name, v.FromCountry.Name, v.ToCountry.Name, v.DateIso, v.EndIso, v.Section, v.Line));

    public static IQueryable<MissionExport> Missions(IQueryable<MissionRow> missions) =>
        missions.OrderBy(m => m.Id).Select(m => new MissionExport(m.SendingCountry.Name, m.HostCountry.Name, m.Kind, m.City, m.Name, m.Line));
}
