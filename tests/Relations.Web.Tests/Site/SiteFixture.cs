using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Relations.Web.Import;

namespace Relations.Web.Tests.Site;

/// <summary>
/// Two real databases imported once: "full" (the repo's seeds plus tests/Articles) and "seeds only"
/// (without the Cuba–South Korea article, so its See also link is absent), each served by the real app.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("relations-web-tests-").FullName;

    public SiteFixture()
    {
        SeedsDir = FindSeeds();
        var articles = Path.Combine(AppContext.BaseDirectory, "Articles");
        FullDb = Path.Combine(folder, "full.db");
        SeedsOnlyDb = Path.Combine(folder, "seeds.db");
        new CorpusImporter(NullLogger.Instance).Import(FullDb, [SeedsDir, articles]);
        new CorpusImporter(NullLogger.Instance).Import(SeedsOnlyDb, [SeedsDir]);
        Full = Create(FullDb);
        SeedsOnly = Create(SeedsOnlyDb);
    }

    public string SeedsDir { get; }

    public string FullDb { get; }

    public string SeedsOnlyDb { get; }

    public WebApplicationFactory<Program> Full { get; }

    public WebApplicationFactory<Program> SeedsOnly { get; }

    /// <summary>A factory over <paramref name="database"/>; more settings (rate limits) as key/value pairs.</summary>
    public WebApplicationFactory<Program> Create(string database, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Relations:Database", database);
            builder.UseSetting("Relations:Seeds", SeedsDir);
            builder.UseSetting("Relations:ImportOnStart", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    public HttpClient Client(WebApplicationFactory<Program>? factory = null) =>
        (factory ?? Full).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        Full.Dispose();
        SeedsOnly.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned by the OS.
        }
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "Relations.sln")))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("the repository's seeds/ folder was not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteTests : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
