using SQLitePCL;

namespace Relations.Web.Data;

/// <summary>
/// Settings of the native SQLite library. They hold for the whole process and can only be made before its first
/// connection opens, so the entry point makes them first thing.
/// </summary>
/// <remarks>
/// The bundled library is built serialized: every call on a connection (each bind, step and reset of every row an
/// import writes) locks and unlocks that connection's mutex, and every allocation takes a global one to keep memory
/// statistics. Nothing here needs either. A connection is never used by two threads at once (ADO.NET does not allow it:
/// the importer's writer has one connection to itself, the site takes one from the pool per request), which is exactly
/// what SQLite's multi-thread mode asks; the statistics are never read. On the 10,000-article import the two mutexes
/// took 2.7% of the CPU (perf: pthread_mutex_lock and unlock, almost all on the writer's thread); with these settings
/// they are gone from the profile.
/// </remarks>
public static class SqliteLibrary
{
    private static readonly Lock Gate = new();
    private static bool? configured;

    /// <summary>
    /// Puts the library in multi-thread mode without memory statistics. Returns whether it is so configured: false when
    /// a connection had opened before the first call (the library then keeps its defaults, which are only slower).
    /// Later calls return the first call's answer.
    /// </summary>
    public static bool Configure()
    {
        lock (Gate)
        {
            if (configured is { } done)
            {
                return done;
            }

            // Loads the bundled library as Microsoft.Data.Sqlite does; it only initialises on the first open.
            Batteries_V2.Init();
            configured = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
                && raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
            return configured.Value;
        }
    }
}
