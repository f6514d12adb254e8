using Microsoft.Data.Sqlite;

namespace Relations.Web.Data;

/// <summary>
/// The FTS5 index over events: the sentence, the people (with aliases), the countries (with aliases and demonyms)
/// and the relation's title and parties, so "Diaz-Canel", "to lam" and "DPRK" all find their events.
/// The rowid is the event id. The importer fills it row by row as events are written.
/// </summary>
public static class SearchIndex
{
    public const string Table = "EventSearch";

    public static void Create(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction,
        "CREATE VIRTUAL TABLE EventSearch USING fts5(text, persons, countries, relation, tokenize = 'unicode61 remove_diacritics 2')");

    /// <summary>Merges the index's segments into one, once everything is in.</summary>
    public static void Optimize(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction,
        "INSERT INTO EventSearch(EventSearch) VALUES ('optimize')");

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
