using System.Collections.Concurrent;

namespace Relations.Articles.Values;

/// <summary>
/// A thread-safe memo of a pure string function for short inputs (names, words); bounded so that a large corpus
/// cannot grow it without limit. Longer inputs, and any once it is full, are computed each time. Inputs may be
/// spans of a longer text: a word that recurs is then turned into a string once, not once per occurrence.
/// </summary>
internal sealed class StringMemo
{
    private readonly ConcurrentDictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly Func<string, string> compute;
    private readonly int maxLength;
    private readonly int capacity;
    private int count;

    public StringMemo(Func<string, string> compute, int maxLength = 80, int capacity = 200_000)
    {
        this.compute = compute;
        this.maxLength = maxLength;
        this.capacity = capacity;
        spans = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(string key) =>
        key.Length > maxLength ? compute(key)
        : map.TryGetValue(key, out var value) ? value
        : Add(key);

    public string Get(ReadOnlySpan<char> key) =>
        key.Length > maxLength ? compute(key.ToString())
        : spans.TryGetValue(key, out var value) ? value
        : Add(key.ToString());

    private string Add(string key)
    {
        var value = compute(key);
        if (Volatile.Read(ref count) < capacity && map.TryAdd(key, value))
        {
            Interlocked.Increment(ref count);
        }

        return value;
    }
}
