namespace Relations.Articles.Values;

/// <summary>
/// A per-thread memo of strings made from spans of text: a word that recurs (and in a corpus most do) is turned into a
/// string, and whatever <c>compute</c> makes of it, once per thread instead of once per occurrence. Threads never
/// share a map, so there is no locking; a map that grows past its capacity starts again.
/// </summary>
internal sealed class SpanMemo(Func<string, string>? compute = null, int capacity = 50_000) : IDisposable
{
    private readonly ThreadLocal<Dictionary<string, string>> maps = new(() => new Dictionary<string, string>(StringComparer.Ordinal));

    public string Get(ReadOnlySpan<char> span)
    {
        var map = maps.Value!;
        if (map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var value))
        {
            return value;
        }

        var key = span.ToString();
        value = compute is null ? key : compute(key);
        if (map.Count >= capacity)
        {
            map.Clear();
        }

        map[key] = value;
        return value;
    }

    public void Dispose() => maps.Dispose();
}
