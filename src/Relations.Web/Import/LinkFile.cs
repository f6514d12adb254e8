using Microsoft.Data.Sqlite;
using Relations.Web.Data;

namespace Relations.Web.Import;

/// <summary>
/// A database file of its own, next to the one being built, for tables written on another thread: SQLite lets one
/// connection write a file at a time, so rows that need no other table can be written (and indexed) here while the
/// corpus file's own connection is busy, then copied in with <see cref="CopyInto"/>.
/// </summary>
internal sealed class LinkFile : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly IReadOnlyList<string> tables;
    private readonly IReadOnlyList<string> indexes;
    private bool completed;

    /// <param name="path">The file; one left by an earlier failed run is replaced.</param>
    /// <param name="tables">Name and CREATE TABLE statement of each table, as the corpus file has them.</param>
    /// <param name="indexes">The CREATE INDEX statements of those tables, run by <see cref="Complete"/> once the rows are in.</param>
    public LinkFile(string path, IReadOnlyList<(string Name, string Sql)> tables, IReadOnlyList<string> indexes)
    {
        Path = path;
        this.tables = tables.Select(t => t.Name).ToList();
        this.indexes = indexes;
        File.Delete(path);
        connection = new SqliteConnection(DatabaseFile.ReadWriteCreate(path));
        connection.Open();
        // The tables name others (Persons, Events) that are in the corpus file only: no foreign keys are enforced here.
        connection.Execute(null, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        transaction = connection.BeginTransaction();
        foreach (var (_, sql) in tables)
        {
            connection.Execute(transaction, sql);
        }
    }

    public string Path { get; }

    /// <summary>A prepared insert into one of the file's tables, in its one transaction.</summary>
    public BulkInsert Insert(string table, params string[] columns) => new(connection, transaction, table, columns);

    /// <summary>Builds the tables' indexes over their rows and commits: the file is then ready to be copied.</summary>
    public void Complete()
    {
        foreach (var sql in indexes)
        {
            connection.Execute(transaction, sql);
        }

        transaction.Commit();
        completed = true;
    }

    /// <summary>
    /// Copies every table into the same, still empty, tables of <paramref name="target"/> (which must have no
    /// transaction open, as ATTACH asks), their indexes with them when the target has them too: SQLite then moves the
    /// records as they are, table and index in order, without decoding or sorting them again.
    /// </summary>
    public void CopyInto(SqliteConnection target)
    {
        if (!completed)
        {
            throw new InvalidOperationException($"{Path} is not complete");
        }

        using var attach = target.CreateCommand();
        attach.CommandText = "ATTACH DATABASE $path AS links";
        attach.Parameters.AddWithValue("$path", Path);
        attach.ExecuteNonQuery();
        try
        {
            using var copy = target.BeginTransaction();
            foreach (var table in tables)
            {
                target.Execute(copy, $"INSERT INTO main.\"{table}\" SELECT * FROM links.\"{table}\"");
            }

            copy.Commit();
        }
        finally
        {
            target.Execute(null, "DETACH DATABASE links");
        }
    }

    public void Dispose()
    {
        transaction.Dispose();
        connection.Dispose();
        File.Delete(Path);
    }
}
