using Microsoft.Data.Sqlite;

namespace Relations.Web.Data;

/// <summary>
/// Clears the connection pool of one database file only. ClearAllPools would also empty the pools of every other
/// database the process reads (another site instance in the same test host, say) while they open connections.
/// </summary>
public static class ConnectionPools
{
    public static void ClearReadOnly(string path)
    {
        using var connection = new SqliteConnection(DatabaseFile.ReadOnly(path));
        SqliteConnection.ClearPool(connection);
    }
}
