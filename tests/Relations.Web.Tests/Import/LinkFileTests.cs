using Microsoft.Data.Sqlite;
using Relations.Web.Data;
using Relations.Web.Import;

namespace Relations.Web.Tests.Import;

public sealed class LinkFileTests : IDisposable
{
    private const string Table = """CREATE TABLE "Pairs" ("A" INTEGER NOT NULL, "B" INTEGER NOT NULL, "Note" TEXT NULL, CONSTRAINT "PK_Pairs" PRIMARY KEY ("A", "B")) WITHOUT ROWID""";
    private const string Index = """CREATE INDEX "IX_Pairs_B" ON "Pairs" ("B")""";

    private readonly string folder = Directory.CreateTempSubdirectory("relations-links-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void RowsWrittenAsideAreCopiedInWithTheirIndexAndTheFileGoes()
    {
        using var target = Target();
        var path = Path.Combine(folder, "corpus.db.links");
        using (var links = new LinkFile(path, [("Pairs", Table)], [Index]))
        {
            using (var insert = links.Insert("Pairs", "A", "B", "Note"))
            {
                for (var i = 0; i < 1000; i++)
                {
                    insert.Add(i, 999 - i, i % 2 == 0 ? "Hà Nội" : null);
                }
            }

            links.Complete();
            links.CopyInto(target);
        }

        Assert.False(File.Exists(path));
        Assert.Equal(1000L, Scalar(target, "SELECT count(*) FROM Pairs"));
        Assert.Equal("Hà Nội", Scalar(target, "SELECT Note FROM Pairs WHERE A = 998"));
        Assert.Equal(500L, Scalar(target, "SELECT count(*) FROM Pairs WHERE Note IS NULL"));

        // The target's own index holds every row (the query is answered from it alone) and the file is sound.
        Assert.Contains("IX_Pairs_B", (string)Scalar(target, "EXPLAIN QUERY PLAN SELECT B FROM Pairs WHERE B = 7", column: 3)!, StringComparison.Ordinal);
        Assert.Equal(1000L, Scalar(target, "SELECT count(*) FROM Pairs INDEXED BY IX_Pairs_B WHERE B >= 0"));
        Assert.Equal("ok", Scalar(target, "PRAGMA integrity_check"));
    }

    [Fact]
    public void AFileNotCompletedIsNeverCopiedAndIsRemovedOnDispose()
    {
        using var target = Target();
        var path = Path.Combine(folder, "half.db.links");
        File.WriteAllText(path, "left by a killed run");
        using (var links = new LinkFile(path, [("Pairs", Table)], [Index]))
        {
            using (var insert = links.Insert("Pairs", "A", "B", "Note"))
            {
                insert.Add(1, 2, "x");
            }

            Assert.Throws<InvalidOperationException>(() => links.CopyInto(target));
        }

        Assert.False(File.Exists(path));
        Assert.Equal(0L, Scalar(target, "SELECT count(*) FROM Pairs"));
    }

    private SqliteConnection Target()
    {
        var connection = new SqliteConnection(DatabaseFile.ReadWriteCreate(Path.Combine(folder, $"{Guid.NewGuid():N}.db")));
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = $"{Table}; {Index};";
        create.ExecuteNonQuery();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql, int column = 0)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetValue(column) : null;
    }
}
