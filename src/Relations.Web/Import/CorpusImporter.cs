using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Relations.Articles.Extraction;
using Relations.Articles.Parsing;
using Relations.Web.Data;
using Relations.Web.Infrastructure;

namespace Relations.Web.Import;

/// <summary>
/// Imports articles: the corpus already in the database plus the files given (a file replaces one of the same name)
/// is extracted afresh and written to a new database file, which then replaces the old one by an atomic rename.
/// A failed or killed import leaves the previous database untouched.
/// </summary>
public sealed class CorpusImporter(ILogger logger, Action<string>? checkpoint = null)
{
    public ImportReport Import(string databasePath, IEnumerable<string> paths, bool strict = false, Action<ImportedFile>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var offered = SourceFile.Expand(paths);
        var previous = LoadPreviousCorpus(databasePath);
        var corpus = previous.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in offered)
        {
            var name = Path.GetFileName(path);
            var content = File.ReadAllBytes(path);
            var file = new SourceFile(name, content, now);
            corpus[name] = corpus.TryGetValue(name, out var old) && old.Hash == file.Hash ? old : file;
            fresh.Add(name);
        }

        var extractStarted = clock.Elapsed;
        var extracted = Extract(corpus.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList());
        var extracting = clock.Elapsed - extractStarted;
        foreach (var f in extracted.Results.Where(f => fresh.Contains(f.File)))
        {
            progress?.Invoke(f);
        }

        var offeredResults = extracted.Results.Where(f => fresh.Contains(f.File)).ToList();
        if (strict && offeredResults.Any(f => f.Outcome == FileOutcome.Rejected))
        {
            return new ImportReport(offeredResults, CountRelations(databasePath), false, clock.Elapsed);
        }

        var writeStarted = clock.Elapsed;
        Write(databasePath, extracted, checkpoint);
        var writing = clock.Elapsed - writeStarted;
        LogMessages.Imported(logger, corpus.Count, databasePath, extracted.Relations.Count, clock.ElapsedMilliseconds);
        return new ImportReport(offeredResults, extracted.Relations.Count, true, clock.Elapsed, extracting, writing);
    }

    /// <summary>Parses and extracts every file; one bad file never stops the others.</summary>
    public static ExtractedCorpus Extract(IReadOnlyList<SourceFile> files)
    {
        var extractor = new ArticleExtractor();
        var results = new ImportedFile[files.Count];
        var facts = new Articles.Facts.ArticleFacts?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            try
            {
                var document = WikiReader.Parse(file.Name, file.Content, out var diagnostics);
                var outcome = extractor.Extract(document, diagnostics);
                if (outcome.Facts is null)
                {
                    results[i] = new ImportedFile(file.Name, file.Hash, outcome.IsError ? FileOutcome.Rejected : FileOutcome.Skipped, outcome.SkipLine, outcome.SkipReason);
                }
                else
                {
                    facts[i] = outcome.Facts;
                    results[i] = new ImportedFile(file.Name, file.Hash, FileOutcome.Imported, null, null);
                }
            }
            catch (ArticleFormatException e)
            {
                results[i] = new ImportedFile(file.Name, file.Hash, FileOutcome.Rejected, e.Line, e.Reason);
            }
        });

        CorpusPeople.Relearn(files, facts);
        return ExtractedCorpus.Build(files, results, facts);
    }

    private static void Write(string databasePath, ExtractedCorpus corpus, Action<string>? checkpoint)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            DatabaseWriter.Write(temp, corpus, checkpoint);
            checkpoint?.Invoke("before-swap");

            // rename(2) replaces the file atomically: a reader opens either the old or the new database, never half of one.
            File.Move(temp, databasePath, overwrite: true);
        }
        finally
        {
            // The writer's connections are not pooled; the swap is seen by readers through DatabaseIdentity.
            ConnectionPools.ClearReadOnly(databasePath);
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The files of the existing database, so a later import keeps them (and resolves See also across them).</summary>
    private List<SourceFile> LoadPreviousCorpus(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return [];
        }

        try
        {
            using var db = DatabaseFile.OpenReadOnly(databasePath);
            return db.SourceFiles.AsNoTracking()
                .Select(f => new { f.File, f.Content, f.ImportedAt })
                .AsEnumerable()
                .Select(f => new SourceFile(f.File, f.Content, f.ImportedAt))
                .ToList();
        }
        catch (SqliteException e)
        {
            LogMessages.PreviousUnreadable(logger, databasePath, e.Message);
            return [];
        }
        finally
        {
            ConnectionPools.ClearReadOnly(databasePath);
        }
    }

    private static int CountRelations(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return 0;
        }

        try
        {
            using var db = DatabaseFile.OpenReadOnly(databasePath);
            return db.Relations.Count();
        }
        catch (SqliteException)
        {
            return 0;
        }
        finally
        {
            ConnectionPools.ClearReadOnly(databasePath);
        }
    }
}
