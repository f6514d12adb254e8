using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;

namespace Relations.Web.Features.Relationships;

/// <summary>A row of the home page's relation table and of /api/relations.</summary>
public sealed record RelationSummary(
    string Slug,
    string Title,
    string FirstCountry,
    string FirstCountrySlug,
    string SecondCountry,
    string SecondCountrySlug,
    string? Established,
    int EventCount,
    int? FirstYear,
    int? LastYear);

/// <summary>Corpus counts for the home page.</summary>
public sealed record CorpusCounts(int Relations, int Countries, int Events, int Persons, int Visits, int Aid, int Missions);

/// <summary>A file that was not imported, with the reason.</summary>
public sealed record RejectedFile(string File, string Outcome, int? Line, string? Error);

/// <summary>Every relation with its counts; the home page and /api/relations.</summary>
public static class RelationIndex
{
    public static readonly IReadOnlyList<string> Sorts = ["title", "established", "events"];

    public static async Task<IReadOnlyList<RelationSummary>> LoadAsync(RelationsDb db, string? sort, CancellationToken ct = default)
    {
        var rows = await db.Relations
            .Select(r => new RelationSummary(
                r.Slug,
                r.Title,
                r.FirstCountry.Name,
                r.FirstCountry.Slug,
                r.SecondCountry.Name,
                r.SecondCountry.Slug,
                r.EstablishedIso,
                r.Events.Count,
                r.Events.Min(e => (int?)e.Earliest.Year),
                r.Events.Max(e => (int?)e.Latest.Year)))
            .ToListAsync(ct);

        // A handful of rows per corpus file: sorting in memory keeps the null handling readable.
        IEnumerable<RelationSummary> sorted = sort switch
        {
            "established" => rows.OrderBy(r => r.Established is null).ThenBy(r => r.Established, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal),
            "events" => rows.OrderByDescending(r => r.EventCount).ThenBy(r => r.Title, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Title, StringComparer.Ordinal),
        };
        return [.. sorted];
    }

    public static async Task<CorpusCounts> CountAsync(RelationsDb db, CancellationToken ct = default) => new(
        await db.Relations.CountAsync(ct),
        await db.Countries.CountAsync(ct),
        await db.Events.CountAsync(ct),
        await db.Persons.CountAsync(ct),
        await db.Visits.CountAsync(ct),
        await db.Aid.CountAsync(ct),
        await db.Missions.CountAsync(ct));

    public static async Task<IReadOnlyList<RejectedFile>> RejectedAsync(RelationsDb db, CancellationToken ct = default) =>
        await db.SourceFiles
            .Where(f => f.Outcome != "imported")
            .OrderBy(f => f.File)
            .Select(f => new RejectedFile(f.File, f.Outcome, f.ErrorLine, f.Error))
            .ToListAsync(ct);
}
