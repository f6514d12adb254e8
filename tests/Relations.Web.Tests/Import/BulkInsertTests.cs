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
        int? noYear = null;
        using (var tx = connection.BeginTransaction())
        {
            using (var insert = new BulkInsert(connection, tx, "T", "Id", "Text", "Flag", "Number", "Data"))
            {
                insert.Add(1, "", true, 1.5, new byte[] { 1, 2 });
                insert.Add(2, SqlValue.Null, false, SqlValue.Null, (byte[]?)null);
                insert.Add(3, longText, noYear, 0.25, Array.Empty<byte>());
                insert.Add(4, "Díaz-Canel", 1L << 40, -2.0, (string?)null);
                insert.Add(5, (string?)null, (int?)1968, 1e300, new byte[300_000]);
            }

            tx.Commit();
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT Id, Text, typeof(Text), Flag, typeof(Flag), Number, typeof(Data), length(Data), hex(Data) FROM T ORDER BY Id";
        using var reader = read.ExecuteReader();
        var rows = new List<(long Id, string? Text, string TextType, long? Flag, string FlagType, double? Number, string DataType, long? DataLength, string Hex)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt64(7), reader.GetString(8)));
        }

        Assert.Equal((1L, "", "text", 1L, "integer", 1.5, "blob", 2L, "0102"), (rows[0].Id, rows[0].Text, rows[0].TextType, rows[0].Flag, rows[0].FlagType, rows[0].Number, rows[0].DataType, rows[0].DataLength, rows[0].Hex));
        Assert.Equal((2L, (string?)null, "null", 0L, (double?)null, "null"), (rows[1].Id, rows[1].Text, rows[1].TextType, rows[1].Flag, rows[1].Number, rows[1].DataType));
        Assert.Equal((longText, "null", "blob", 0L), (rows[2].Text, rows[2].FlagType, rows[2].DataType, rows[2].DataLength));
        Assert.Equal(("Díaz-Canel", 1L << 40, -2.0, "null"), (rows[3].Text, rows[3].Flag, rows[3].Number, rows[3].DataType));
        Assert.Equal(("null", 1968L, 1e300, 300_000L), (rows[4].TextType, rows[4].Flag, rows[4].Number, rows[4].DataLength));
    }

    [Fact]
    public void ARowWithTooFewOrTooManyValuesIsRefusedBeforeAnythingIsWritten()
    {
        using var connection = Database("Id INTEGER PRIMARY KEY, Text TEXT");

        using var tx = connection.BeginTransaction();
        using var insert = new BulkInsert(connection, tx, "T", "Id", "Text");
        var few = Assert.Throws<ArgumentException>(() => insert.Add(1));
        Assert.Contains("A row of T has 2 values, not 1", few.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => insert.Add(1, "one", "extra"));
        insert.Add(1, "one");

        using var count = connection.CreateCommand();
        count.Transaction = tx;
        count.CommandText = "SELECT count(*) FROM T";
        Assert.Equal(1L, count.ExecuteScalar());
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
        Assert.Contains("1, again", error.Message, StringComparison.Ordinal);
    }
}
