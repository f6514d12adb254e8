using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Relations.Articles.Extraction;
using Relations.Articles.Facts;
using Relations.Articles.Parsing;
using Relations.Web.Generation;
using Relations.Web.Import;

namespace Relations.Bench;

/// <summary>
/// The importer's writer alone, on one thread: 2,000 generated articles, extracted once in the setup, written into a
/// new database (rows, search index, then the corpus-wide links, indexes and checks of Finish). During an import this
/// thread is the one every article passes through.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class WriterBenchmarks
{
    private readonly List<(SourceFile File, ImportedFile Result, ArticleFacts? Facts)> articles = [];
    private string root = string.Empty;
    private string database = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory("relations-bench-").FullName;
        var corpus = Path.Combine(root, "corpus");
        database = Path.Combine(root, "bench.db");
        ArticleGenerator.WriteCorpus(corpus, 2000, 42);
        var extractor = new ArticleExtractor();
        foreach (var path in Directory.GetFiles(corpus).Order(StringComparer.Ordinal))
        {
            var file = new SourceFile(Path.GetFileName(path), File.ReadAllBytes(path), DateTimeOffset.UnixEpoch);
            try
            {
                var outcome = extractor.Extract(WikiReader.Parse(file.Name, file.Content, out var diagnostics), diagnostics);
                var result = new ImportedFile(file.Name, file.Hash, outcome.Facts is null ? FileOutcome.Skipped : FileOutcome.Imported, outcome.SkipLine, outcome.SkipReason);
                articles.Add((file, result, outcome.Facts));
            }
            catch (ArticleFormatException e)
            {
                articles.Add((file, new ImportedFile(file.Name, file.Hash, FileOutcome.Rejected, e.Line, e.Reason), null));
            }
        }
    }

    [IterationSetup]
    public void NoDatabase()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    [Benchmark(Description = "write 2,000 extracted articles into a new database")]
    public int Write2000()
    {
        using var writer = new CorpusWriter(database);
        foreach (var (file, result, facts) in articles)
        {
            writer.Add(file, result, facts);
        }

        writer.Finish();
        return writer.Relations.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
