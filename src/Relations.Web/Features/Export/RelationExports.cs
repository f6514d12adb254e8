using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;

namespace Relations.Web.Features.Export;

/// <summary>Reads relations from the database in the export shape: the CLI's export and the API's relation documents.</summary>
public static class RelationExports
{
    public static async Task<ExportDocument> LoadAllAsync(RelationsDb db, CancellationToken ct = default)
    {
        var relations = await LoadAsync(db, db.Relations.OrderBy(r => r.File), ct);
        var rejected = await db.SourceFiles.AsNoTracking()
            .Where(f => f.Outcome != "imported")
            .OrderBy(f => f.File)
            .Select(f => new RejectedExport(f.File, f.ErrorLine, f.Outcome == "skipped" ? "skipped: " + f.Error : f.Error ?? "rejected"))
            .ToListAsync(ct);
        return new ExportDocument(relations, rejected);
    }

    public static async Task<RelationExport?> LoadOneAsync(RelationsDb db, string slug, CancellationToken ct = default) =>
        (await LoadAsync(db, db.Relations.Where(r => r.Slug == slug), ct)).SingleOrDefault();

    private static async Task<List<RelationExport>> LoadAsync(RelationsDb db, IQueryable<RelationRow> which, CancellationToken ct)
    {
        var rows = await which.AsNoTracking().AsSplitQuery()
            .Include(r => r.FirstCountry)
            .Include(r => r.SecondCountry)
            .Include(r => r.Missions).ThenInclude(m => m.SendingCountry)
            .Include(r => r.Missions).ThenInclude(m => m.HostCountry)
            .Include(r => r.Events).ThenInclude(e => e.Persons).ThenInclude(p => p.Person)
            .Include(r => r.Events).ThenInclude(e => e.Countries).ThenInclude(c => c.Country)
            .Include(r => r.Visits).ThenInclude(v => v.Person)
            .Include(r => r.Visits).ThenInclude(v => v.FromCountry)
            .Include(r => r.Visits).ThenInclude(v => v.ToCountry)
            .Include(r => r.Aid).ThenInclude(a => a.Donor)
            .Include(r => r.Aid).ThenInclude(a => a.Recipient)
            .Include(r => r.Persons).ThenInclude(p => p.Person)
            .Include(r => r.SeeAlso)
            .ToListAsync(ct);
        return rows.Select(ToExport).ToList();
    }

    public static RelationExport ToExport(RelationRow r) => new(
        r.Slug,
        r.Title,
        r.File,
        [r.FirstCountry.Name, r.SecondCountry.Name],
        r.EstablishedIso,
        r.NativeNames.Length == 0 ? [] : r.NativeNames.Split('|'),
        r.Missions.OrderBy(m => m.Id).Select(m => new MissionExport(m.SendingCountry.Name, m.HostCountry.Name, m.Kind, m.City, m.Name, m.Line)).ToList(),
        r.Events.OrderBy(e => e.Id).Select(e => ToExport(e, r.Slug)).ToList(),
        r.Visits.OrderBy(v => v.Id).Select(v => new VisitExport(v.Person.Name, v.FromCountry.Name, v.ToCountry.Name, v.DateIso, v.EndIso, v.Section, v.Line)).ToList(),
        r.Aid.OrderBy(a => a.Id).Select(a => new AidExport(a.Donor.Name, a.Recipient.Name, a.Year, a.Amount, a.Unit, a.What, a.Section, a.Line)).ToList(),
        r.Persons.OrderBy(p => p.Ordinal).Select(p => p.Person.Name).ToList(),
        r.SeeAlso.OrderBy(s => s.Ordinal).Select(s => new SeeAlsoExport(s.Title, s.Kind, s.Resolved ? s.TargetSlug : null)).ToList());

    public static EventExport ToExport(EventRow e, string relationSlug) => new(
        e.DateIso,
        e.EndIso,
        e.DateText,
        e.Text,
        e.Section,
        e.Kind,
        e.Persons.OrderBy(p => p.Ordinal).Select(p => p.Person.Name).ToList(),
        e.Countries.Select(c => c.Country.Name).Order(StringComparer.Ordinal).ToList(),
        e.Line,
        relationSlug);
}
