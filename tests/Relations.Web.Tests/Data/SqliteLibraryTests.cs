using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Relations.Web.Data;
using SQLitePCL;

namespace Relations.Web.Tests.Data;

/// <summary>The native library's settings, as this process has them (Support/SqliteSettings sets them as Program does).</summary>
public sealed partial class SqliteLibraryTests
{
    [Fact]
    public void TheSettingsTookBeforeTheFirstConnection() => Assert.True(SqliteLibrary.Configure());

    [Fact]
    public void AConnectionHasNoMutexOfItsOwn()
    {
        using var connection = Database();

        // In serialized mode (the library's default) every connection has a mutex; in multi-thread mode none.
        Assert.Equal(IntPtr.Zero, DbMutex(connection.Handle!.DangerousGetHandle()));
    }

    [Fact]
    public void TheLibraryKeepsNoMemoryStatistics()
    {
        using var connection = Database();
        using var command = connection.CreateCommand();
        command.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO T SELECT i, printf('%0500d', i) FROM n";
        command.ExecuteNonQuery();

        // With statistics kept, this connection's cache and statements alone would count hundreds of kilobytes.
        Assert.Equal(0, raw.sqlite3_memory_used());
    }

    [Fact]
    public void SettingsCannotChangeOnceAConnectionHasOpened()
    {
        using var connection = Database();

        // Why Program makes them first thing: asked later, the library refuses and keeps what it has.
        Assert.Equal(raw.SQLITE_MISUSE, raw.sqlite3_config(raw.SQLITE_CONFIG_SERIALIZED));
        Assert.Equal(IntPtr.Zero, DbMutex(connection.Handle!.DangerousGetHandle()));
    }

    private static SqliteConnection Database()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE T (Id INTEGER PRIMARY KEY, Text TEXT)";
        create.ExecuteNonQuery();
        return connection;
    }

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_db_mutex")]
    private static partial IntPtr DbMutex(IntPtr db);
}
