using Microsoft.EntityFrameworkCore;
using Relations.Web.Api;
using Relations.Web.Data;
using Relations.Web.Infrastructure;
using Serilog;

namespace Relations.Web;

/// <summary>The site: reads like a table of contents (STYLE.md).</summary>
public static class SiteHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        // The site runs from the repo root (relative seeds/ and data/), so wwwroot is found next to the binary, where the build copies it.
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ServeArguments(args),
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
        });

        // Run from the repo root the content root holds no appsettings.json: read the copy the build puts next to the
        // binary, underneath every other source, so the command line and environment still override it.
        if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            var beside = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true)
                .Build();
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.ChainedConfigurationSource { Configuration = beside, ShouldDisposeConfiguration = true });
        }

        // Serilog through Serilog.Extensions.Logging (Serilog.AspNetCore does not restore here), configured from appsettings.json.
        var logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);

        // The database: imported from the seeds when missing or stale, then read-only.
        var options = builder.Configuration.GetSection(RelationsOptions.Section).Get<RelationsOptions>() ?? new RelationsOptions();
        builder.Services.AddSingleton(options);
        StartupImport.EnsureDatabase(options, new Serilog.Extensions.Logging.SerilogLoggerFactory(logger).CreateLogger("Relations.Import"));
        builder.Services.AddSingleton(new DatabaseIdentity(options.Database));
        // Split queries: a collection in a projection (an event's people) becomes a second query joined on an index.
        // As one query, SQLite materialises EventPersons JOIN Persons for the LEFT JOIN on every request
        // (0.76 s over 466,000 events; the split form takes 0.2 ms).
        builder.Services.AddDbContext<RelationsDb>(o => o
            .UseSqlite(DatabaseFile.ReadOnly(options.Database), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));

        // Corpus-wide results (the See also graph, the import report) are built once per database file.
        builder.Services.AddMemoryCache().AddSingleton<Features.Graph.CorpusCache>();
        // A response depends only on the database file and the URL: cache pages and API answers in memory, keyed by the
        // database identity (a re-import changes the key, so no stale page outlives a swap). /healthz stays live.
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024;
            o.MaximumBodySize = 8L * 1024 * 1024;
            o.AddBasePolicy(b => b
                .With(c => !c.HttpContext.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase))
                .SetVaryByQuery("*")
                .VaryByValue(c => new KeyValuePair<string, string>("db", c.RequestServices.GetRequiredService<DatabaseIdentity>().Current))
                .Expire(TimeSpan.FromMinutes(10)));
        });
        builder.Services.AddRazorPages();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        // A token bucket per client IP on /search and /api; limits come from "RateLimiting" in appsettings.json.
        builder.Services.AddRelationsRateLimiting(builder.Configuration);

        var app = builder.Build();

        app.UseMiddleware<RequestLogging>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/not-found", "?status={0}");
        app.UseStaticFiles();

        // Answers If-None-Match from the database identity before any query runs.
        app.UseMiddleware<ETagCaching>();
        app.UseRouting();
        app.UseRateLimiter();
        if (options.OutputCache)
        {
            app.UseOutputCache();
        }

        app.MapGet("/healthz", (DatabaseIdentity identity) => Results.Ok(new { status = "ok", database = identity.Current }));
        app.MapOpenApi();
        app.MapRelationsApi();
        app.MapGraphDownloads();
        app.MapImportApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>"serve --db X --seeds Y" → configuration keys; ASP.NET's own switches (--urls) pass through.</summary>
    private static string[] ServeArguments(string[] args)
    {
        var result = new List<string>();
        foreach (var arg in args.SkipWhile(a => a == "serve"))
        {
            result.Add(arg switch
            {
                "--db" => "--Relations:Database",
                "--seeds" => "--Relations:Seeds",
                _ when arg.StartsWith("--db=", StringComparison.Ordinal) => "--Relations:Database=" + arg[5..],
                _ when arg.StartsWith("--seeds=", StringComparison.Ordinal) => "--Relations:Seeds=" + arg[8..],
                _ => arg,
            });
        }

        return [.. result];
    }
}

/// <summary>The "Relations" section of appsettings.json.</summary>
public sealed class RelationsOptions
{
    public const string Section = "Relations";

    public string Database { get; set; } = DatabaseFile.DefaultPath;

    public string Seeds { get; set; } = "seeds";

    public bool ImportOnStart { get; set; } = true;

    /// <summary>In-memory output cache of pages and API answers keyed by the database identity (off: every request queries).</summary>
    public bool OutputCache { get; set; } = true;
}
