using Relations.Web.Data;

namespace Relations.Web.Infrastructure;

/// <summary>
/// Tracks which database file is being served. An import replaces the file by rename; when the file changes,
/// pooled connections (still open on the old file) are cleared so new requests read the new one.
/// The identity (file time and size) is what ETags are made of.
/// </summary>
public sealed class DatabaseIdentity(string path)
{
    private readonly Lock gate = new();
    private string current = Read(path);
    private long checkedAt = Environment.TickCount64;

    public string Path { get; } = path;

    public string Current
    {
        get
        {
            // A stat at most every 250 ms keeps the check off the hot path.
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref checkedAt) < 250)
            {
                return current;
            }

            lock (gate)
            {
                checkedAt = now;
                var seen = Read(Path);
                if (seen != current)
                {
                    current = seen;
                    ConnectionPools.ClearReadOnly(Path);
                }

                return current;
            }
        }
    }

    private static string Read(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}" : "none";
    }
}
