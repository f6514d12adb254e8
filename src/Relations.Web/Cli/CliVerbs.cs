using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Relations.Web.Data;
using Relations.Web.Features.Export;
using Relations.Web.Import;

namespace Relations.Web.Cli;

/// <summary>The command-line verbs: import, export, stats, generate (serve is the site, see SiteHost).</summary>
public static class CliVerbs
{
    public const int Ok = 0;
    public const int Fatal = 1;
    public const int Usage = 2;
    public const int SomeRejected = 3;

    private static readonly string[] Verbs = ["import", "export", "stats", "generate", "healthcheck", "--help", "-h", "-?", "help", "--version"];

    public static JsonSerializerOptions ExportJson { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Non-ASCII stays as written ("Tô Lâm", "꾸바"); the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool IsCliVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        if (args is ["help", ..])
        {
            args = ["--help"];
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run with --help for usage.");
            return Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (FileNotFoundException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"fatal: {e.Message}");
            return Fatal;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var db = new Option<string>("--db") { Description = "The database file.", DefaultValueFactory = _ => DatabaseFile.DefaultPath };

        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt files (default: seeds/).", Arity = ArgumentArity.ZeroOrMore };
        var strict = new Option<bool>("--strict") { Description = "Fail, leaving the database untouched, if any file is rejected." };
        var import = new Command("import", "Import articles into a new database file and swap it in atomically.") { paths, db, strict };
        import.SetAction(r => Import(r.GetValue(paths) ?? [], r.GetValue(db)!, r.GetValue(strict), stdout, stderr));

        var export = new Command("export", "Print the database as JSON (the export contract in DESIGN.md).") { db };
        export.SetAction(async (r, ct) => await Export(r.GetValue(db)!, stdout, stderr, ct));

        var stats = new Command("stats", "Print the number of rows in each table.") { db };
        stats.SetAction(async (r, ct) => await Stats(r.GetValue(db)!, stdout, stderr, ct));

        var articles = new Option<int>("--articles") { Description = "How many articles to write.", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same articles.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The folder to write to.", Required = true };
        var generate = new Command("generate", "Write synthetic articles in the input format, for scale tests.") { articles, seed, output, db };
        generate.SetAction(r => Generate(r.GetValue(articles), r.GetValue(seed), r.GetValue(output)!, stdout, stderr));

        var url = new Option<string>("--url") { Description = "The health endpoint to probe.", DefaultValueFactory = _ => "http://127.0.0.1:8080/healthz" };
        var health = new Command("healthcheck", "Probe the site's /healthz (for container HEALTHCHECKs; the runtime image has no curl).") { url };
        health.SetAction(async (r, ct) => await HealthCheck(r.GetValue(url)!, stderr, ct));

        return new RootCommand("Relations: an atlas of bilateral relations built from wiki-style articles. Without a verb (or with 'serve') it runs the site.")
        {
            import, export, stats, generate, health,
        };
    }

    private static int Import(string[] paths, string database, bool strict, TextWriter stdout, TextWriter stderr)
    {
        var importer = new CorpusImporter(NullLogger.Instance);
        var report = importer.Import(database, paths.Length == 0 ? ["seeds"] : paths, strict, f => stdout.WriteLine(f.ToString()));
        stdout.WriteLine(report.Summary);
        if (!report.Written)
        {
            stderr.WriteLine($"strict: {report.Rejected} file(s) rejected; {database} was not changed");
            return Fatal;
        }

        return report.Rejected > 0 ? SomeRejected : Ok;
    }

    private static async Task<int> Export(string database, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!File.Exists(database))
        {
            await stderr.WriteLineAsync($"error: no database at {database}; run 'import' first");
            return Fatal;
        }

        await using var db = DatabaseFile.OpenReadOnly(database);
        var document = await RelationExports.LoadAllAsync(db, ct);
        await stdout.WriteLineAsync(JsonSerializer.Serialize(document, ExportJson));
        return Ok;
    }

    private static async Task<int> Stats(string database, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!File.Exists(database))
        {
            await stderr.WriteLineAsync($"error: no database at {database}; run 'import' first");
            return Fatal;
        }

        await using var db = DatabaseFile.OpenReadOnly(database);
        var counts = new (string Table, int Rows)[]
        {
            ("relations", await db.Relations.CountAsync(ct)),
            ("countries", await db.Countries.CountAsync(ct)),
            ("missions", await db.Missions.CountAsync(ct)),
            ("events", await db.Events.CountAsync(ct)),
            ("visits", await db.Visits.CountAsync(ct)),
            ("aid", await db.Aid.CountAsync(ct)),
            ("persons", await db.Persons.CountAsync(ct)),
            ("person aliases", await db.PersonAliases.CountAsync(ct)),
            ("see also", await db.SeeAlso.CountAsync(ct)),
            ("article blocks", await db.ArticleBlocks.CountAsync(ct)),
            ("source files", await db.SourceFiles.CountAsync(ct)),
            ("rejected files", await db.SourceFiles.CountAsync(f => f.Outcome == "rejected", ct)),
            ("diagnostics", await db.Diagnostics.CountAsync(ct)),
        };
        foreach (var (table, rows) in counts)
        {
            await stdout.WriteLineAsync($"{table,-16} {rows,8}");
        }

        return Ok;
    }

    private static async Task<int> HealthCheck(string url, TextWriter stderr, CancellationToken ct)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url), ct);
            return response.IsSuccessStatusCode ? Ok : Fatal;
        }
        catch (HttpRequestException e)
        {
            await stderr.WriteLineAsync($"unhealthy: {e.Message}");
            return Fatal;
        }
    }

    private static int Generate(int articles, int seed, string output, TextWriter stdout, TextWriter stderr)
    {
        if (articles < 1)
        {
            stderr.WriteLine("error: --articles must be at least 1");
            return Usage;
        }

        var written = Generation.ArticleGenerator.WriteCorpus(output, articles, seed);
        stdout.WriteLine($"wrote {written} articles to {output}");
        return Ok;
    }
}
