using System.Globalization;

namespace Relations.Web.Import;

/// <summary>
/// One value of a row for <see cref="BulkInsert"/>: NULL, an integer, a real, text or a blob. The row's values are
/// passed as a span of these, which the compiler builds on the stack, so an integer column no longer allocates a box
/// per row (the import wrote ~130 MB of boxed integers that way). The conversions are implicit: a call site reads as a
/// plain list of values.
/// </summary>
internal readonly struct SqlValue
{
    private readonly object? reference;
    private readonly long bits;

    private SqlValue(SqlValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        this.bits = bits;
        this.reference = reference;
    }

    public static SqlValue Null => default;

    public SqlValueKind Kind { get; }

    public long Integer => bits;

    public double Real => BitConverter.Int64BitsToDouble(bits);

    public string Text => (string)reference!;

    public byte[] Blob => (byte[])reference!;

    public static implicit operator SqlValue(long value) => new(SqlValueKind.Integer, value, null);

    public static implicit operator SqlValue(int value) => new(SqlValueKind.Integer, value, null);

    public static implicit operator SqlValue(int? value) => value is { } v ? new(SqlValueKind.Integer, v, null) : Null;

    public static implicit operator SqlValue(bool value) => new(SqlValueKind.Integer, value ? 1 : 0, null);

    public static implicit operator SqlValue(double value) => new(SqlValueKind.Real, BitConverter.DoubleToInt64Bits(value), null);

    public static implicit operator SqlValue(string? value) => value is null ? Null : new(SqlValueKind.Text, 0, value);

    public static implicit operator SqlValue(byte[]? value) => value is null ? Null : new(SqlValueKind.Blob, 0, value);

    /// <summary>As an error message shows it.</summary>
    public override string ToString() => Kind switch
    {
        SqlValueKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.Real => Real.ToString(CultureInfo.InvariantCulture),
        SqlValueKind.Text => Text,
        SqlValueKind.Blob => $"({Blob.Length} bytes)",
        _ => "NULL",
    };
}

/// <summary>SQLite's storage classes, as <see cref="SqlValue"/> holds them.</summary>
internal enum SqlValueKind : byte
{
    Null,
    Integer,
    Real,
    Text,
    Blob,
}
