using Microsoft.Data.Sqlite;
using Relations.Web.Import;

namespace Relations.Web.Tests.Import;

public sealed class BulkInsertTests
{
    /// <summary>An in-memory database with one table T of the given columns.</summary>
    private static SqliteConnection Database(string columns)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = $"CREATE TABLE T ({columns})";
        create.ExecuteNonQuery();
        return connection;
    }

    [Fact]
    public void EveryValueReadsBackAsWrittenEmptyTextIsNotNullAndLongTextGrowsTheBuffer()
    {
        using var connection = Database("Id INTEGER PRIMARY KEY, Text TEXT, Flag INTEGER, Number REAL, Data BLOB");

        var longText = string.Concat(Enumerable.Repeat("Nguyễn Phú Trọng – ", 400));
        using (var tx = connection.BeginTransaction())
        {
            using (var insert = new BulkInsert(connection, tx, "T", "Id", "Text", "Flag", "Number", "Data"))
            {
                insert.Add(1, "", true, 1.5, new byte[] { 1, 2 });
                insert.Add(2, null, false, null, null);
                insert.Add(3, longText, null, 0.25, Array.Empty<byte>());
                insert.Add(4, "Díaz-Canel", 1L, -2.0, null);
            }

            tx.Commit();
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT Id, Text, typeof(Text), Flag, Number FROM T ORDER BY Id";
        using var reader = read.ExecuteReader();
        var rows = new List<(long Id, string? Text, string Type, long? Flag, double? Number)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        }

        Assert.Equal((1L, "", "text", 1L, 1.5), (rows[0].Id, rows[0].Text, rows[0].Type, rows[0].Flag, rows[0].Number));
        Assert.Equal((2L, (string?)null, "null"), (rows[1].Id, rows[1].Text, rows[1].Type));
        Assert.Equal(longText, rows[2].Text);
        Assert.Equal("Díaz-Canel", rows[3].Text);
    }

    [Fact]
    public void AFailedRowNamesItsTableAndValues()
    {
        using var connection = Database("Id INTEGER PRIMARY KEY, Text TEXT NOT NULL");

        using var tx = connection.BeginTransaction();
        using var insert = new BulkInsert(connection, tx, "T", "Id", "Text");
        insert.Add(1, "first");
        var error = Assert.Throws<InvalidOperationException>(() => insert.Add(1, "again"));
        Assert.Contains("Writing a row of T failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("again", error.Message, StringComparison.Ordinal);
    }
}
