using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Events;

namespace Relations.Web.Features.Relationships;

/// <summary>A country as a link.</summary>
public sealed record CountryLink(string Name, string Slug);

/// <summary>A See also item: resolved items link to their page, the others are "not in the corpus".</summary>
public sealed record SeeAlsoItem(string Title, string Kind, string? TargetSlug, bool Resolved)
{
    public string? Url => Resolved && TargetSlug is not null
        ? Kind switch
        {
            "relation" => $"/relations/{TargetSlug}",
            "country" => $"/countries/{TargetSlug}",
            _ => null,
        }
        : null;
}

/// <summary>A block of the article body (ArticleBlocks row).</summary>
public sealed record ArticleBlock(string Kind, int Level, string Section, int Line, string Text);

/// <summary>Counts per direction: visits and aid A→B and B→A.</summary>
public sealed record DirectionSummary(int VisitsForward, int VisitsBackward, int AidForward, int AidBackward);

/// <summary>Everything the relation page shows.</summary>
public sealed record RelationHistory(
    string Slug,
    string Title,
    CountryLink First,
    CountryLink Second,
    IReadOnlyList<string> NativeNames,
    string? EstablishedIso,
    string? EstablishedText,
    int? EstablishedLine,
    string File,
    IReadOnlyList<MissionItem> Missions,
    IReadOnlyList<EventItem> Events,
    IReadOnlyList<VisitItem> Visits,
    IReadOnlyList<AidItem> Aid,
    IReadOnlyList<PersonLink> Persons,
    IReadOnlyList<SeeAlsoItem> SeeAlso,
    IReadOnlyList<ArticleBlock> Article)
{
    public DirectionSummary Directions => new(
        Visits.Count(v => v.FromSlug == First.Slug && v.ToSlug == Second.Slug),
        Visits.Count(v => v.FromSlug == Second.Slug && v.ToSlug == First.Slug),
        Aid.Count(a => a.DonorSlug == First.Slug && a.RecipientSlug == Second.Slug),
        Aid.Count(a => a.DonorSlug == Second.Slug && a.RecipientSlug == First.Slug));
}

/// <summary>Loads one relation's page; "b/a" finds nothing so the page can redirect to the title order.</summary>
public static class RelationshipHistory
{
    public static string SlugOf(string a, string b) => $"{a}/{b}";

    public static async Task<RelationHistory?> LoadAsync(RelationsDb db, string a, string b, CancellationToken ct = default)
    {
        var slug = SlugOf(a, b);
        var head = await db.Relations
            .Where(r => r.Slug == slug)
            .Select(r => new
            {
                r.Id,
                r.Slug,
                r.Title,
                First = new CountryLink(r.FirstCountry.Name, r.FirstCountry.Slug),
                Second = new CountryLink(r.SecondCountry.Name, r.SecondCountry.Slug),
                r.NativeNames,
                r.EstablishedIso,
                r.EstablishedText,
                r.EstablishedLine,
                r.File,
            })
            .SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var missions = await db.Missions.Where(m => m.RelationId == head.Id).OrderBy(m => m.Id).Select(Projections.Mission).ToListAsync(ct);
        var events = await db.Events.Where(e => e.RelationId == head.Id).OrderBy(e => e.Earliest).ThenBy(e => e.Id).Select(EventItem.FromRow).ToListAsync(ct);
        var visits = await db.Visits.Where(v => v.RelationId == head.Id).OrderBy(v => v.Earliest).ThenBy(v => v.Id).Select(Projections.Visit).ToListAsync(ct);
        var aid = await db.Aid.Where(x => x.RelationId == head.Id).OrderBy(x => x.Id).Select(Projections.Aid).ToListAsync(ct);
        var persons = await db.RelationPersons.Where(p => p.RelationId == head.Id).OrderBy(p => p.Ordinal).Select(p => new PersonLink(p.Person.Name, p.Person.Slug)).ToListAsync(ct);
        var seeAlso = await db.SeeAlso.Where(s => s.RelationId == head.Id).OrderBy(s => s.Ordinal).Select(s => new SeeAlsoItem(s.Title, s.Kind, s.TargetSlug, s.Resolved)).ToListAsync(ct);
        var article = await db.ArticleBlocks.Where(x => x.RelationId == head.Id).OrderBy(x => x.Ordinal).Select(x => new ArticleBlock(x.Kind, x.Level, x.Section, x.Line, x.Text)).ToListAsync(ct);

        return new RelationHistory(
            head.Slug,
            head.Title,
            head.First,
            head.Second,
            head.NativeNames.Length == 0 ? [] : head.NativeNames.Split('|'),
            head.EstablishedIso,
            head.EstablishedText,
            head.EstablishedLine,
            head.File,
            missions,
            events,
            visits,
            aid,
            persons,
            seeAlso,
            article);
    }

    /// <summary>True when "b/a" is a relation, so "a/b" should redirect there.</summary>
    public static Task<bool> ExistsAsync(RelationsDb db, string a, string b, CancellationToken ct = default) =>
        db.Relations.AnyAsync(r => r.Slug == SlugOf(a, b), ct);
}
