using System.Runtime.InteropServices;

namespace Relations.Web.Import;

/// <summary>
/// The few calls of the bundled SQLite library that <see cref="BulkInsert"/> makes for every value of every row, on the
/// statement's native pointer. SQLitePCL's own bindings take the statement as a SafeHandle, which the marshaller adds a
/// reference to and releases around each call, and make a full transition out of managed code each time: for the ~10
/// million values an import of 10,000 articles binds, that bookkeeping cost more than the binds themselves.
/// </summary>
/// <remarks>
/// The binds and the reset only copy values into (or clear) the statement's memory: short calls that never block, never
/// call back into .NET and never throw, so they may skip the GC transition (<see cref="SuppressGCTransitionAttribute"/>).
/// Step runs the statement, which can take long (page writes), so it keeps the transition.
/// </remarks>
internal static unsafe partial class SqliteRows
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bytes before the bind returns, so the buffer may be reused.</summary>
    private static readonly nint Transient = -1;

    public static int BindNull(nint statement, int index) => NativeBindNull(statement, index);

    public static int BindInt64(nint statement, int index, long value) => NativeBindInt64(statement, index, value);

    public static int BindDouble(nint statement, int index, double value) => NativeBindDouble(statement, index, value);

    public static int BindText(nint statement, int index, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* bytes = utf8)
        {
            // A null pointer would bind NULL: an empty string needs a valid one.
            byte empty = 0;
            return NativeBindText(statement, index, utf8.IsEmpty ? &empty : bytes, utf8.Length, Transient);
        }
    }

    public static int BindBlob(nint statement, int index, ReadOnlySpan<byte> blob)
    {
        fixed (byte* bytes = blob)
        {
            // A null pointer would bind NULL: an empty blob is bound as a zero-length one.
            return blob.IsEmpty ? NativeBindZeroBlob(statement, index, 0) : NativeBindBlob(statement, index, bytes, blob.Length, Transient);
        }
    }

    public static int Step(nint statement) => NativeStep(statement);

    public static int Reset(nint statement) => NativeReset(statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    private static partial int NativeBindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    private static partial int NativeBindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    private static partial int NativeBindDouble(nint statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    private static partial int NativeBindText(nint statement, int index, byte* text, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    [SuppressGCTransition]
    private static partial int NativeBindBlob(nint statement, int index, byte* blob, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_zeroblob")]
    [SuppressGCTransition]
    private static partial int NativeBindZeroBlob(nint statement, int index, int length);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    private static partial int NativeStep(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    [SuppressGCTransition]
    private static partial int NativeReset(nint statement);
}
