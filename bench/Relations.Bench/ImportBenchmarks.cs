using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Relations.Web.Generation;
using Relations.Web.Import;

namespace Relations.Bench;

/// <summary>The whole import (read, hash, parse, extract, write SQLite + FTS, atomic swap) of 1,000 generated articles into a new database.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImportBenchmarks
{
    private string root = string.Empty;
    private string corpus = string.Empty;
    private string database = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory("relations-bench-").FullName;
        corpus = Path.Combine(root, "corpus");
        database = Path.Combine(root, "bench.db");
        ArticleGenerator.WriteCorpus(corpus, 1000, 42);
    }

    // The importer merges into the corpus already in the database: every iteration starts from none.
    [IterationSetup]
    public void NoDatabase()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    [Benchmark(Description = "import 1,000 generated articles into a new database")]
    public int Import1000() => new CorpusImporter(NullLogger.Instance).Import(database, [corpus]).Relations;

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
