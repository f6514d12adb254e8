using Microsoft.Data.Sqlite;

namespace Relations.Web.Data;

/// <summary>
/// The FTS5 index over events: the sentence, the people (with aliases), the countries (with aliases and demonyms)
/// and the relation's title and parties, so "Diaz-Canel", "to lam" and "DPRK" all find their events.
/// The rowid is the event id. The importer fills it row by row as events are written.
/// </summary>
/// <remarks>
/// The index answers one question — which events hold every word of a query — so it keeps only that: no copy of the
/// text (<c>content=''</c>: the sentence is in Events, the other columns are derived) and no word positions
/// (<c>detail=none</c>: a query is single words joined by AND, never a phrase; see SearchText.FtsQuery). Rows can still
/// be deleted by rowid (<c>contentless_delete=1</c>), which a re-extraction needs. On the 466,582 events of the
/// generated corpus the database file is 483 → 313 MB, and writing the rows takes about a quarter less time.
/// </remarks>
public static class SearchIndex
{
    public const string Table = "EventSearch";

    /// <summary>
    /// Creates the index for a bulk load: no merging of segments while rows go in (one merge at <see cref="Optimize"/>),
    /// and a 16 MB buffer of pending terms, so there are few segments to merge (measured with the full index, before
    /// it lost its text and positions: 3.8 s of CPU for load and merge on the generated corpus, against 5.0 s).
    /// </summary>
    public static void Create(SqliteConnection connection, SqliteTransaction transaction) => connection.Execute(transaction, """
        CREATE VIRTUAL TABLE EventSearch USING fts5(text, persons, countries, relation, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1, detail = none);
        INSERT INTO EventSearch(EventSearch, rank) VALUES ('automerge', 0);
        INSERT INTO EventSearch(EventSearch, rank) VALUES ('hashsize', 16777216);
        """);

    /// <summary>Merges the index's segments into one, once everything is in, and restores the default merging for later writes.</summary>
    public static void Optimize(SqliteConnection connection, SqliteTransaction transaction) => connection.Execute(transaction, """
        INSERT INTO EventSearch(EventSearch) VALUES ('optimize');
        INSERT INTO EventSearch(EventSearch, rank) VALUES ('automerge', 4);
        DELETE FROM EventSearch_config WHERE k = 'hashsize';
        """);
}
