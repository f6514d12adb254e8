using Relations.Web;
using Relations.Web.Cli;
using Relations.Web.Data;

// Before any connection opens: SQLite's process-wide settings (Data/SqliteLibrary.cs).
SqliteLibrary.Configure();

// A verb (import, export, stats, generate) runs the CLI; anything else, "serve" included, runs the site.
if (CliVerbs.IsCliVerb(args))
{
    return await CliVerbs.RunAsync(args, Console.Out, Console.Error);
}

return await SiteHost.RunAsync(args);

/// <summary>The entry point; public so WebApplicationFactory&lt;Program&gt; can find it.</summary>
public partial class Program;
