using Microsoft.Data.Sqlite;

namespace Relations.Web.Data;

/// <summary>Statements run for their effect on a plain Microsoft.Data.Sqlite connection (schema, pragmas, bulk SQL).</summary>
public static class SqliteCommands
{
    /// <summary>Runs <paramref name="sql"/> (one statement or several) in <paramref name="transaction"/>, or in none.</summary>
    public static void Execute(this SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
