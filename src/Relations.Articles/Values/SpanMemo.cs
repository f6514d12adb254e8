using System.Collections.Concurrent;

namespace Relations.Articles.Values;

/// <summary>
/// A memo of strings made from spans of text: a word that recurs (and in a corpus most do) is turned into a string,
/// and whatever <c>compute</c> makes of it, once instead of once per occurrence. Shared by the import's threads (reads
/// take no lock); once it holds <c>capacity</c> words it stops learning new ones and computes them each time.
/// </summary>
internal sealed class SpanMemo
{
    private readonly ConcurrentDictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Func<string, string>? compute;
    private readonly int capacity;
    private int count;

    public SpanMemo(Func<string, string>? compute = null, int capacity = 100_000)
    {
        this.compute = compute;
        this.capacity = capacity;
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> span)
    {
        if (lookup.TryGetValue(span, out var value))
        {
            return value;
        }

        var key = span.ToString();
        value = compute is null ? key : compute(key);
        if (Volatile.Read(ref count) < capacity && map.TryAdd(key, value))
        {
            Interlocked.Increment(ref count);
        }

        return value;
    }
}
