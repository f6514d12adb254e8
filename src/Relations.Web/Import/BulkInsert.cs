using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Relations.Web.Import;

/// <summary>
/// A prepared INSERT reused for every row of one table. It runs on the connection's native handle and binds by
/// ordinal: SqliteCommand looks every parameter up by name and walks its statement list on each execution, which
/// cost more than SQLite's own work for these small rows. The values are bound through <see cref="SqliteRows"/>, on the
/// statement's native pointer. The rows join the connection's open transaction.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt owner;
    private readonly nint statement;
    private readonly int columns;
    private readonly string table;
    private byte[] utf8 = new byte[256];
    private bool disposed;

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        this.table = table;
        this.columns = columns.Length;
        db = connection.Handle!;
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})";
        var prepared = raw.sqlite3_prepare_v2(db, sql, out owner);
        if (prepared != raw.SQLITE_OK)
        {
            owner.Dispose();
            throw Failure(prepared);
        }

        // Held until Dispose, so the pointer stays valid for every row.
        var added = false;
        owner.DangerousAddRef(ref added);
        statement = owner.DangerousGetHandle();
    }

    public void Add(params ReadOnlySpan<SqlValue> values)
    {
        if (values.Length != columns)
        {
            throw new ArgumentException($"A row of {table} has {columns} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < columns; i++)
        {
            var index = i + 1;
            var value = values[i];
            var rc = value.Kind switch
            {
                SqlValueKind.Integer => SqliteRows.BindInt64(statement, index, value.Integer),
                SqlValueKind.Text => BindText(index, value.Text),
                SqlValueKind.Real => SqliteRows.BindDouble(statement, index, value.Real),
                SqlValueKind.Blob => SqliteRows.BindBlob(statement, index, value.Blob),
                _ => SqliteRows.BindNull(statement, index),
            };
            if (rc != raw.SQLITE_OK)
            {
                throw Failure(rc, values);
            }
        }

        var step = SqliteRows.Step(statement);
        if (step != raw.SQLITE_DONE)
        {
            var failure = Failure(step, values);
            SqliteRows.Reset(statement);
            throw failure;
        }

        SqliteRows.Reset(statement);
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            owner.DangerousRelease();
            owner.Dispose();
        }
    }

    /// <summary>Binds a string as UTF-8 encoded into one buffer reused for every value (SQLite copies it).</summary>
    private int BindText(int index, string text)
    {
        var most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < most)
        {
            utf8 = new byte[Math.Max(most, utf8.Length * 2)];
        }

        var length = System.Text.Encoding.UTF8.GetBytes(text, utf8);
        return SqliteRows.BindText(statement, index, utf8.AsSpan(0, length));
    }

    private Exception Failure(int rc) => Failure(rc, []);

    private Exception Failure(int rc, ReadOnlySpan<SqlValue> values)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.");
        var error = new SqliteException(message, rc, raw.sqlite3_extended_errcode(db));
        return values.IsEmpty
            ? error
            : new InvalidOperationException($"Writing a row of {table} failed ({message}): {string.Join(", ", values.ToArray())}", error);
    }
}
