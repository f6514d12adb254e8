using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Relations.Web.Data;

/// <summary>Connection strings for the immutable database file the site reads and the importer replaces.</summary>
public static class DatabaseFile
{
    public const string DefaultPath = "data/relations.db";

    /// <summary>Read-only and pooled: the site never writes; a swap is picked up by clearing the pool (see DatabaseIdentity).</summary>
    public static string ReadOnly(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    public static string ReadWriteCreate(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    public static RelationsDb OpenReadOnly(string path) =>
        new(new DbContextOptionsBuilder<RelationsDb>().UseSqlite(ReadOnly(path)).Options);
}
