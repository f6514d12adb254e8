using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Relations.Articles.Extraction;
using Relations.Articles.Facts;
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
    /// <summary>How many extracted articles may wait for the writer: enough to keep both cores busy, few enough to keep memory flat.</summary>
    internal const int Window = 64;

    /// <summary>How far workers may go before the first article is written: the schema takes about a second to make.</summary>
    private const int StartWindow = 512;

    public ImportReport Import(string databasePath, IEnumerable<string> paths, bool strict = false, Action<ImportedFile>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var offered = SourceFile.Expand(paths);
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");

        // Making the new file's schema takes about a second, most of it EF's start-up (its model, then the tables): it
        // goes on on another thread while the files are read and the first articles extracted; the writing waits for it.
        var creating = Task.Run(() => new CorpusWriter(temp));
        CorpusWriter? writer = null;
        try
        {
            var corpus = LoadPreviousCorpus(databasePath).ToDictionary(f => f.Name, StringComparer.Ordinal);
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

            // Each file is let go once written (its content is in the new database): they are not all held to the end.
            var files = corpus.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            corpus.Clear();
            var offeredResults = new List<ImportedFile>();

            // Workers parse and extract; this thread writes each article as its turn comes, so only a window of
            // articles is ever held in memory (a wider one while the schema is still being made).
            var extractor = new ArticleExtractor();
            OrderedPipeline.Run(files.Length, Environment.ProcessorCount, Window, i => Extract(extractor, files[i]), (i, extracted) =>
            {
                writer ??= creating.GetAwaiter().GetResult();
                var result = writer.Add(files[i], extracted.Result, extracted.Facts);
                files[i] = null!;
                if (fresh.Contains(result.File))
                {
                    offeredResults.Add(result);
                    progress?.Invoke(result);
                }

                checkpoint?.Invoke("article-written");
            }, StartWindow);
            writer ??= creating.GetAwaiter().GetResult();
            var streaming = clock.Elapsed;
            if (strict && offeredResults.Any(f => f.Outcome == FileOutcome.Rejected))
            {
                return new ImportReport(offeredResults, CountRelations(databasePath), false, clock.Elapsed);
            }

            var relearned = CorpusPeople.Relearn(writer, writer.IndexBodyTables);
            writer.Finish(checkpoint);
            var relations = writer.Relations.Count;

            // Closed before the swap: the new file must be complete and released when it replaces the old one.
            writer.Dispose();

            checkpoint?.Invoke("before-swap");

            // rename(2) replaces the file atomically: a reader opens either the old or the new database, never half of one.
            File.Move(temp, databasePath, overwrite: true);
            LogMessages.Relearned(logger, relearned);
            LogMessages.Imported(logger, files.Length, databasePath, relations, clock.ElapsedMilliseconds);
            return new ImportReport(offeredResults, relations, true, clock.Elapsed, streaming, clock.Elapsed - streaming);
        }
        finally
        {
            // A failure may come before the writer was needed: it is waited for, so its file can go.
            ((IAsyncResult)creating).AsyncWaitHandle.WaitOne();
            (writer ?? (creating.IsCompletedSuccessfully ? creating.Result : null))?.Dispose();

            // The writer's connections are not pooled; the swap is seen by readers through DatabaseIdentity.
            ConnectionPools.ClearReadOnly(databasePath);
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Parses and extracts one file; a bad file becomes a rejection, never an exception.</summary>
    private static (ImportedFile Result, ArticleFacts? Facts) Extract(ArticleExtractor extractor, SourceFile file)
    {
        try
        {
            var document = WikiReader.Parse(file.Name, file.Content, out var diagnostics);
            var outcome = extractor.Extract(document, diagnostics);
            return outcome.Facts is null
                ? (new ImportedFile(file.Name, file.Hash, outcome.IsError ? FileOutcome.Rejected : FileOutcome.Skipped, outcome.SkipLine, outcome.SkipReason), null)
                : (new ImportedFile(file.Name, file.Hash, FileOutcome.Imported, null, null), outcome.Facts);
        }
        catch (ArticleFormatException e)
        {
            return (new ImportedFile(file.Name, file.Hash, FileOutcome.Rejected, e.Line, e.Reason), null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
        {
            // A defect of the extractor on one article rejects that article, with what went wrong, not the whole import.
            return (new ImportedFile(file.Name, file.Hash, FileOutcome.Rejected, null, $"the extractor failed on this article ({e.GetType().Name}: {e.Message}); please report it"), null);
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
