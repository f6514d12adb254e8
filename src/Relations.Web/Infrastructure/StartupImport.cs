using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Import;

namespace Relations.Web.Infrastructure;

/// <summary>Imports the seeds on start when the database is missing, was built by other code, or a seed changed.</summary>
public static class StartupImport
{
    public static void EnsureDatabase(RelationsOptions options, ILogger logger)
    {
        if (!options.ImportOnStart || !Directory.Exists(options.Seeds))
        {
            return;
        }

        var reason = StaleReason(options.Database, options.Seeds);
        if (reason is null)
        {
            LogMessages.UpToDate(logger, options.Database, options.Seeds);
            return;
        }

        LogMessages.ImportingSeeds(logger, options.Seeds, options.Database, reason);
        var report = new CorpusImporter(logger).Import(options.Database, [options.Seeds]);
        foreach (var f in report.Files.Where(f => f.Outcome != FileOutcome.Imported))
        {
            LogMessages.FileNotImported(logger, f.Outcome.ToString(), f.File, f.Line, f.Message);
        }
    }

    /// <summary>Why the database needs an import, or null when every seed is in it with the same hash and the schema matches.</summary>
    public static string? StaleReason(string database, string seeds)
    {
        if (!File.Exists(database))
        {
            return "the database does not exist";
        }

        try
        {
            using var db = DatabaseFile.OpenReadOnly(database);
            var info = db.DatabaseInfo.SingleOrDefault();
            if (info is null || info.SchemaVersion != RelationsDb.SchemaVersion)
            {
                return "the database was built with another schema";
            }

            var known = db.SourceFiles.AsNoTracking().Select(f => new { f.File, f.Hash }).ToDictionary(f => f.File, f => f.Hash);
            foreach (var path in SourceFile.Expand([seeds]))
            {
                var file = new SourceFile(Path.GetFileName(path), File.ReadAllBytes(path), DateTimeOffset.UtcNow);
                if (!known.TryGetValue(file.Name, out var hash) || hash != file.Hash)
                {
                    return $"{file.Name} is new or changed";
                }
            }

            return null;
        }
        catch (SqliteException e)
        {
            return $"the database could not be read ({e.Message})";
        }
        finally
        {
            ConnectionPools.ClearReadOnly(database);
        }
    }
}
