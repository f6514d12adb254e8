using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;
using Relations.Web.Features.Relationships;

namespace Relations.Web.Features.Countries;

/// <summary>Everything the country page shows.</summary>
public sealed record CountryPage(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    bool Historical,
    CountryLink? Successor,
    int? SuccessorYear,
    IReadOnlyList<CountryLink> Predecessors,
    IReadOnlyList<RelationLink> Relations,
    IReadOnlyList<MissionItem> MissionsSent,
    IReadOnlyList<MissionItem> MissionsHosted,
    IReadOnlyList<VisitItem> VisitsIn,
    IReadOnlyList<VisitItem> VisitsOut,
    IReadOnlyList<PersonLink> Persons);

/// <summary>A row of the countries index.</summary>
public sealed record CountrySummary(string Name, string Slug, bool Historical, int Relations);

public static class CountryProfile
{
    public static async Task<IReadOnlyList<CountrySummary>> ListAsync(RelationsDb db, CancellationToken ct = default) =>
        await db.Countries
            .OrderBy(c => c.Name)
            .Select(c => new CountrySummary(c.Name, c.Slug, c.Historical, db.Relations.Count(r => r.FirstCountryId == c.Id || r.SecondCountryId == c.Id)))
            .ToListAsync(ct);

    public static async Task<CountryPage?> LoadAsync(RelationsDb db, string slug, CancellationToken ct = default)
    {
        var c = await db.Countries.Include(x => x.Successor).SingleOrDefaultAsync(x => x.Slug == slug, ct);
        if (c is null)
        {
            return null;
        }

        var predecessors = await db.Countries.Where(x => x.SuccessorId == c.Id).OrderBy(x => x.Name).Select(x => new CountryLink(x.Name, x.Slug)).ToListAsync(ct);
        var relations = await db.Relations.Where(r => r.FirstCountryId == c.Id || r.SecondCountryId == c.Id).OrderBy(r => r.Title).Select(r => new RelationLink(r.Slug, r.Title)).ToListAsync(ct);
        var sent = await db.Missions.Where(m => m.SendingCountryId == c.Id).OrderBy(m => m.HostCountry.Name).Select(Projections.Mission).ToListAsync(ct);
        var hosted = await db.Missions.Where(m => m.HostCountryId == c.Id).OrderBy(m => m.SendingCountry.Name).Select(Projections.Mission).ToListAsync(ct);
        var visitsIn = await db.Visits.Where(v => v.ToCountryId == c.Id).OrderBy(v => v.Earliest).ThenBy(v => v.Id).Select(Projections.Visit).ToListAsync(ct);
        var visitsOut = await db.Visits.Where(v => v.FromCountryId == c.Id).OrderBy(v => v.Earliest).ThenBy(v => v.Id).Select(Projections.Visit).ToListAsync(ct);
        var relationIds = db.Relations.Where(r => r.FirstCountryId == c.Id || r.SecondCountryId == c.Id).Select(r => r.Id);
        var persons = await db.RelationPersons.Where(p => relationIds.Contains(p.RelationId))
            .Select(p => new { p.Person.Name, p.Person.Slug }).Distinct().OrderBy(p => p.Name).ToListAsync(ct);

        return new CountryPage(
            c.Name,
            c.Slug,
            Split(c.Aliases),
            Split(c.Demonyms),
            c.Historical,
            c.Successor is null ? null : new CountryLink(c.Successor.Name, c.Successor.Slug),
            c.SuccessorYear,
            predecessors,
            relations,
            sent,
            hosted,
            visitsIn,
            visitsOut,
            [.. persons.Select(p => new PersonLink(p.Name, p.Slug))]);
    }

    private static string[] Split(string value) => value.Length == 0 ? [] : value.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
