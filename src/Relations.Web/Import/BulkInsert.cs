using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Relations.Web.Import;

/// <summary>
/// A prepared INSERT reused for every row of one table. It runs on the connection's native handle and binds by
/// ordinal: SqliteCommand looks every parameter up by name and walks its statement list on each execution, which
/// cost more than SQLite's own work for these small rows. The rows join the connection's open transaction.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly int columns;
    private readonly string table;
    private byte[] utf8 = new byte[256];

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        this.table = table;
        this.columns = columns.Length;
        db = connection.Handle!;
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})";
        var prepared = raw.sqlite3_prepare_v2(db, sql, out statement);
        if (prepared != raw.SQLITE_OK)
        {
            throw Failure(prepared, null);
        }
    }

    public void Add(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < columns; i++)
        {
            var index = i + 1;
            var rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, index),
                string s => BindText(index, s),
                int n => raw.sqlite3_bind_int64(statement, index, n),
                long n => raw.sqlite3_bind_int64(statement, index, n),
                bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, index, d),
                byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
                var other => throw new NotSupportedException($"Column {i} of {table}: no binding for {other.GetType()}"),
            };
            if (rc != raw.SQLITE_OK)
            {
                throw Failure(rc, values.ToArray());
            }
        }

        var step = raw.sqlite3_step(statement);
        if (step != raw.SQLITE_DONE)
        {
            var failure = Failure(step, values.ToArray());
            raw.sqlite3_reset(statement);
            throw failure;
        }

        raw.sqlite3_reset(statement);
    }

    public void Dispose() => statement.Dispose();

    /// <summary>Binds a string as UTF-8 encoded into one buffer reused for every value (SQLite copies it).</summary>
    private int BindText(int index, string text)
    {
        var most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < most)
        {
            utf8 = new byte[Math.Max(most, utf8.Length * 2)];
        }

        var length = System.Text.Encoding.UTF8.GetBytes(text, utf8);
        return raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, length));
    }

    private Exception Failure(int rc, object?[]? values)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.");
        var error = new SqliteException(message, rc, raw.sqlite3_extended_errcode(db));
        return values is null
            ? error
            : new InvalidOperationException($"Writing a row of {table} failed ({message}): {string.Join(", ", values)}", error);
    }
}
