using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Relations.Articles.Parsing;
using Relations.Web.Data;
using Relations.Web.Features.Graph;

namespace Relations.Web.Features.Quality;

/// <summary>A file offered to the importer: its short hash, when and how it was imported, and the reason when it was not.</summary>
public sealed record SourceFileItem(string File, string Hash, DateTimeOffset ImportedAt, string Outcome, int? Line, string? Error);

/// <summary>A diagnostic of a file ("infobox key 'Motto' is kept but not understood").</summary>
public sealed record FileDiagnostic(string File, int Line, string Message);

/// <summary>A sentence of an article that states a year but gave no event.</summary>
public sealed record YearSentence(string RelationSlug, string RelationTitle, int Line, string Text);

/// <summary>An event whose date is approximate: a decade, or circa/early/mid/late.</summary>
public sealed record ApproximateDate(string RelationSlug, string RelationTitle, string DateText, string DateIso, string Precision, string? Qualifier, int Line, int SentenceIndex)
{
    public string SourceUrl => $"/relations/{RelationSlug}#line-{Line}-s{SentenceIndex}";
}

/// <summary>A resolved See also link whose target does not list it back.</summary>
public sealed record OneWaySeeAlso(string FromSlug, string FromTitle, string ToSlug, string ToTitle);

/// <summary>A relation where only one side's missions are stated.</summary>
public sealed record OneSidedMissions(string RelationSlug, string RelationTitle, string Stated, string StatedSlug, string Missing, string MissingSlug);

/// <summary>Counts of every list, shown at the top of /import.</summary>
public sealed record QualityCounts(int Files, int Imported, int NotImported, int InfoboxKeys, int YearSentences, int ApproximateDates, int OneWayLinks, int OneSidedMissions);

/// <summary>The data-quality report of /import and /api/import.</summary>
public sealed record QualityReport(
    QualityCounts Counts,
    IReadOnlyList<SourceFileItem> Files,
    IReadOnlyList<SourceFileItem> NotImported,
    IReadOnlyList<FileDiagnostic> InfoboxKeys,
    IReadOnlyList<YearSentence> YearSentences,
    IReadOnlyList<ApproximateDate> ApproximateDates,
    IReadOnlyList<OneWaySeeAlso> OneWayLinks,
    IReadOnlyList<OneSidedMissions> OneSidedMissions)
{
    /// <summary>The same report with each list cut to <paramref name="limit"/> items (the counts stay whole).</summary>
    public QualityReport Capped(int limit) => new(
        Counts,
        [.. Files.Take(limit)],
        [.. NotImported.Take(limit)],
        [.. InfoboxKeys.Take(limit)],
        [.. YearSentences.Take(limit)],
        [.. ApproximateDates.Take(limit)],
        [.. OneWayLinks.Take(limit)],
        [.. OneSidedMissions.Take(limit)]);
}

public static partial class ImportQuality
{
    /// <summary>Lists longer than this are cut on the page unless ?all=true.</summary>
    public const int Cap = 50;

    private static readonly string[] ApproximateQualifiers = ["circa", "early", "mid", "late"];

    /// <summary>Sections whose years are not about the relation (references, links).</summary>
    private static readonly string[] SkippedSections = ["see also", "references", "external links", "notes", "further reading", "bibliography"];

    public static Task<QualityReport> CachedAsync(CorpusCache cache, RelationsDb db, CancellationToken ct = default) =>
        cache.GetAsync("quality-report", async () => await LoadAsync(db, await cache.GraphAsync(db, ct), ct));

    public static async Task<QualityReport> LoadAsync(RelationsDb db, SeeAlsoGraph graph, CancellationToken ct = default)
    {
        var files = (await db.SourceFiles
            .OrderBy(f => f.File)
            .Select(f => new { f.File, f.Hash, f.ImportedAt, f.Outcome, f.ErrorLine, f.Error })
            .ToListAsync(ct))
            .Select(f => new SourceFileItem(f.File, f.Hash.Length > 12 ? f.Hash[..12] : f.Hash, f.ImportedAt, f.Outcome, f.ErrorLine, f.Error))
            .ToList();
        var infobox = await db.Diagnostics
            .Where(d => d.Code == "infobox-key")
            .Join(db.SourceFiles, d => d.SourceFileId, f => f.Id, (d, f) => new { f.File, d.Line, d.Message })
            .OrderBy(d => d.File).ThenBy(d => d.Line)
            .Select(d => new FileDiagnostic(d.File, d.Line, d.Message))
            .ToListAsync(ct);
        var approximate = await db.Events
            .Where(e => e.Precision == "decade" || (e.Qualifier != null && ApproximateQualifiers.Contains(e.Qualifier)))
            .OrderBy(e => e.Relation.Slug).ThenBy(e => e.Line).ThenBy(e => e.SentenceIndex)
            .Select(e => new ApproximateDate(e.Relation.Slug, e.Relation.Title, e.DateText, e.DateIso, e.Precision, e.Qualifier, e.Line, e.SentenceIndex))
            .ToListAsync(ct);
        var oneWay = GraphReport.Of(graph).OneWay
            .Select(l => new OneWaySeeAlso(l.From.Key, l.From.Label, l.To.Key, l.To.Label))
            .ToList();
        var missions = await OneSidedMissionsAsync(db, ct);
        var years = await YearSentencesAsync(db, ct);
        var notImported = files.Where(f => f.Outcome != "imported").ToList();

        return new QualityReport(
            new QualityCounts(files.Count, files.Count - notImported.Count, notImported.Count, infobox.Count, years.Count, approximate.Count, oneWay.Count, missions.Count),
            files,
            notImported,
            infobox,
            years,
            approximate,
            oneWay,
            missions);
    }

    /// <summary>
    /// Sentences of the prose with a year (1500–2099) that no event came from. An event belongs to the block whose first line is the
    /// last one at or before the event's line; in a paragraph it names its sentence by index, a list item is one sentence group.
    /// </summary>
    public static async Task<IReadOnlyList<YearSentence>> YearSentencesAsync(RelationsDb db, CancellationToken ct = default)
    {
        var relations = await db.Relations.OrderBy(r => r.Slug).Select(r => new { r.Id, r.Slug, r.Title }).ToListAsync(ct);
        var blocks = (await db.ArticleBlocks
            .Where(b => b.Kind == "paragraph" || b.Kind == "item")
            .Select(b => new { b.RelationId, b.Ordinal, b.Kind, b.Section, b.Line, b.Text })
            .ToListAsync(ct))
            .ToLookup(b => b.RelationId);
        var events = (await db.Events.Select(e => new { e.RelationId, e.Line, e.SentenceIndex, e.Text }).ToListAsync(ct)).ToLookup(e => e.RelationId);

        var result = new List<YearSentence>();
        foreach (var r in relations)
        {
            var own = blocks[r.Id].OrderBy(b => b.Line).ThenBy(b => b.Ordinal).ToList();
            var starts = own.Select(b => b.Line).ToArray();
            var matched = new HashSet<(int Block, int Sentence)>();
            var blockTexts = new List<string>[own.Count];
            foreach (var e in events[r.Id])
            {
                var i = Array.FindLastIndex(starts, l => l <= e.Line);
                if (i < 0)
                {
                    continue;
                }

                matched.Add((i, own[i].Kind == "item" ? -1 : e.SentenceIndex));
                (blockTexts[i] ??= []).Add(e.Text.Length > 40 ? e.Text[..40] : e.Text);
            }

            for (var i = 0; i < own.Count; i++)
            {
                var b = own[i];
                if (SkippedSections.Any(s => b.Section.Contains(s, StringComparison.OrdinalIgnoreCase)) || !Year().IsMatch(b.Text))
                {
                    continue;
                }

                foreach (var s in SentenceSplitter.Split(b.Text))
                {
                    if (!Year().IsMatch(s.Text) || matched.Contains((i, b.Kind == "item" ? -1 : s.Index)))
                    {
                        continue;
                    }

                    // An event's text may be a clause of the sentence.
                    if (blockTexts[i] is { } texts && texts.Any(t => s.Text.Contains(t, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    result.Add(new YearSentence(r.Slug, r.Title, b.Line, s.Text));
                }
            }
        }

        return result;
    }

    private static async Task<List<OneSidedMissions>> OneSidedMissionsAsync(RelationsDb db, CancellationToken ct)
    {
        var sending = (await db.Missions.Select(m => new { m.RelationId, m.SendingCountryId }).Distinct().ToListAsync(ct))
            .ToLookup(m => m.RelationId, m => m.SendingCountryId);
        var relations = await db.Relations.OrderBy(r => r.Slug)
            .Select(r => new { r.Id, r.Slug, r.Title, r.FirstCountryId, A = r.FirstCountry.Name, ASlug = r.FirstCountry.Slug, r.SecondCountryId, B = r.SecondCountry.Name, BSlug = r.SecondCountry.Slug })
            .ToListAsync(ct);
        var result = new List<OneSidedMissions>();
        foreach (var r in relations)
        {
            var senders = sending[r.Id].ToHashSet();
            var (first, second) = (senders.Contains(r.FirstCountryId), senders.Contains(r.SecondCountryId));
            if (first != second)
            {
                result.Add(first
                    ? new OneSidedMissions(r.Slug, r.Title, r.A, r.ASlug, r.B, r.BSlug)
                    : new OneSidedMissions(r.Slug, r.Title, r.B, r.BSlug, r.A, r.ASlug));
            }
        }

        return result;
    }

    [GeneratedRegex(@"\b(1[5-9][0-9]{2}|20[0-9]{2})\b")]
    private static partial Regex Year();
}
