using Microsoft.Data.Sqlite;

namespace Relations.Web.Data;

/// <summary>
/// The FTS5 index over events: the sentence, the people (with aliases), the countries (with aliases and demonyms)
/// and the relation's title and parties, so "Diaz-Canel", "to lam" and "DPRK" all find their events.
/// The rowid is the event id.
/// </summary>
public static class SearchIndex
{
    public const string Table = "EventSearch";

    public static void Build(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            CREATE VIRTUAL TABLE EventSearch USING fts5(text, persons, countries, relation, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO EventSearch(rowid, text, persons, countries, relation)
            SELECT e.Id, e.Text,
                coalesce((SELECT group_concat(p.Name || ' ' || coalesce((SELECT group_concat(a.Alias, ' ') FROM PersonAliases a WHERE a.PersonId = p.Id), ''), ' ')
                          FROM EventPersons ep JOIN Persons p ON p.Id = ep.PersonId WHERE ep.EventId = e.Id), ''),
                coalesce((SELECT group_concat(c.Name || ' ' || replace(c.Aliases, '|', ' ') || ' ' || replace(c.Demonyms, '|', ' '), ' ')
                          FROM EventCountries ec JOIN Countries c ON c.Id = ec.CountryId WHERE ec.EventId = e.Id), ''),
                r.Title || ' ' || c1.Name || ' ' || replace(c1.Aliases, '|', ' ') || ' ' || c2.Name || ' ' || replace(c2.Aliases, '|', ' ')
            FROM Events e
            JOIN Relations r ON r.Id = e.RelationId
            JOIN Countries c1 ON c1.Id = r.FirstCountryId
            JOIN Countries c2 ON c2.Id = r.SecondCountryId;
            INSERT INTO EventSearch(EventSearch) VALUES ('optimize');
            """;
        command.ExecuteNonQuery();
    }
}
