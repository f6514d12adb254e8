using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Relations.Web.Data;

/// <summary>
/// The link tables (EventCountries, EventPersons, RelationPersons) are all key: SQLite keeps such a table twice, the
/// rows by rowid and the composite key as an index. Rebuilt <c>WITHOUT ROWID</c> they are kept once, by the key, which
/// halves the work of writing their 800,000-odd rows. EF Core cannot say WITHOUT ROWID, so the tables it creates
/// are re-created here, with the same columns, constraints and indexes (dropping a table drops its indexes), before
/// any row goes in.
/// </summary>
public static class KeyedTables
{
    public static void StoreByKey(RelationsDb db)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.FindPrimaryKey() is { Properties.Count: > 1 })
            .Select(t => t.GetTableName())
            .OfType<string>()
            .ToList();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            foreach (var table in tables)
            {
                using var read = connection.CreateCommand();
                read.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = $name AND sql IS NOT NULL ORDER BY type = 'index', rowid";
                read.Parameters.AddWithValue("$name", table);
                var schema = new List<string>();
                using (var reader = read.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        schema.Add(reader.GetString(0));
                    }
                }

                using var rebuild = connection.CreateCommand();
                rebuild.CommandText = $"DROP TABLE \"{table}\"; {schema[0]} WITHOUT ROWID; {string.Join("; ", schema.Skip(1))};";
                rebuild.ExecuteNonQuery();
            }
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
