using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;

namespace Relations.Web.Features.People;

/// <summary>Everything the person page shows.</summary>
public sealed record PersonPage(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<EventItem> Events,
    IReadOnlyList<VisitItem> Visits,
    IReadOnlyList<RelationLink> Relations);

/// <summary>A row of the people index.</summary>
public sealed record PersonSummary(string Name, string Slug, int Events);

/// <summary>What a person slug resolves to: a page, a redirect to the canonical slug, or nothing.</summary>
public sealed record PersonLookup(PersonPage? Page, string? CanonicalSlug);

public static class PersonProfile
{
    public static async Task<IReadOnlyList<PersonSummary>> ListAsync(RelationsDb db, CancellationToken ct = default) =>
        await db.Persons
            .OrderBy(p => p.Name)
            .Select(p => new PersonSummary(p.Name, p.Slug, db.EventPersons.Count(ep => ep.PersonId == p.Id)))
            .ToListAsync(ct);

    public static async Task<PersonLookup> LoadAsync(RelationsDb db, string slug, CancellationToken ct = default)
    {
        var person = await db.Persons.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (person is null)
        {
            var canonical = await db.PersonAliases.Where(a => a.Slug == slug)
                .Join(db.Persons, a => a.PersonId, p => p.Id, (a, p) => p.Slug)
                .FirstOrDefaultAsync(ct);
            return new PersonLookup(null, canonical);
        }

        // "Id IN (events of this person)" starts from the EventPersons.PersonId index; "e.Persons.Any(…)" scanned every event.
        var eventIds = db.EventPersons.Where(ep => ep.PersonId == person.Id).Select(ep => ep.EventId);
        var events = await db.Events.Where(e => eventIds.Contains(e.Id))
            .OrderBy(e => e.Earliest).ThenBy(e => e.Id).Select(EventItem.FromRow).ToListAsync(ct);
        var visits = await db.Visits.Where(v => v.PersonId == person.Id).OrderBy(v => v.Earliest).ThenBy(v => v.Id).Select(Projections.Visit).ToListAsync(ct);
        var relations = await db.Relations
            .Where(r => db.RelationPersons.Where(p => p.PersonId == person.Id).Select(p => p.RelationId).Contains(r.Id)
                || db.EventPersons.Where(ep => ep.PersonId == person.Id).Select(ep => ep.Event.RelationId).Contains(r.Id))
            .OrderBy(r => r.Title).Select(r => new RelationLink(r.Slug, r.Title)).ToListAsync(ct);
        var aliases = person.Aliases.Select(a => a.Alias).Where(a => a != person.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return new PersonLookup(new PersonPage(person.Name, person.Slug, aliases, events, visits, relations), null);
    }
}
