using Microsoft.Data.Sqlite;

namespace Relations.Web.Import;

/// <summary>A prepared INSERT reused for every row of one table (measured ~190k rows/s against 24–60k through SaveChanges).</summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;
    private readonly string table;

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        this.table = table;
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
    }

    public void Add(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException($"Writing a row of {table} failed ({e.Message}): {string.Join(", ", values)}", e);
        }
    }

    public void Dispose() => command.Dispose();
}
