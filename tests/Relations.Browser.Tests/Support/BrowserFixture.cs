using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Relations.Web.Import;

namespace Relations.Browser.Tests.Support;

/// <summary>
/// One real database (the repo's seeds copied to a temp folder plus this project's Articles/), the real app on a
/// real Kestrel port on 127.0.0.1, and one headless Debian Chromium driven by Playwright, shared by a collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string folder = Directory.CreateTempSubdirectory("relations-browser-tests-").FullName;
    private SiteFactory? site;
    private IPlaywright? playwright;

    public string Database { get; private set; } = string.Empty;

    /// <summary>"http://127.0.0.1:PORT" with no trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: bin/…/screenshots (never committed).</summary>
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var seeds = Path.Combine(folder, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        }

        Database = Path.Combine(folder, "relations.db");
        new CorpusImporter(NullLogger.Instance).Import(Database, [seeds, Path.Combine(AppContext.BaseDirectory, "Articles")]);

        site = new SiteFactory(Database, seeds);
        site.UseKestrel(0);
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)).TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A fresh context and page (isolated cookies, storage, focus) with generous timeouts and a record of console errors.</summary>
    public async Task<BrowserPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            BaseURL = BaseUrl,
            ColorScheme = ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        // Only this fixture's pool: other collections' sites may still be reading theirs.
        Relations.Web.Data.ConnectionPools.ClearReadOnly(Database);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open: the OS cleans the temp folder.
        }
    }

    /// <summary>Idempotent: after <see cref="DisposeAsync"/> there is nothing left to release.</summary>
    public void Dispose()
    {
        site?.Dispose();
        playwright?.Dispose();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Relations.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Relations.sln and seeds/ not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The real Program over the imported database; no import on start.</summary>
    private sealed class SiteFactory(string database, string seeds) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Relations:Database", database);
            builder.UseSetting("Relations:Seeds", seeds);
            builder.UseSetting("Relations:ImportOnStart", "false");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
