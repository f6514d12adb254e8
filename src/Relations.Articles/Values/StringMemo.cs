namespace Relations.Articles.Values;

/// <summary>
/// A thread-safe memo of a pure function of a string, for short inputs (names, words); bounded so that a large corpus
/// cannot grow it without limit. Longer inputs, and any once it is full, are computed each time. Inputs may be
/// spans of a longer text: a word that recurs is then turned into a string once, not once per occurrence.
/// </summary>
/// <remarks>
/// The extractors look a word up here for nearly every token of every sentence, so lookups take no lock: an open-
/// addressing table of immutable entries, read through one volatile reference. Adds take a lock and, when the table
/// is half full, publish a table twice the size; a reader still on the old one finds every entry it held, or misses
/// and computes the value again, which is the same value.
/// </remarks>
internal sealed class StringMemo<TValue>
{
    private readonly Func<string, TValue> compute;
    private readonly int maxLength;
    private readonly int capacity;
    private readonly Lock gate = new();
    private Entry?[] table = new Entry?[1024];
    private int count;

    public StringMemo(Func<string, TValue> compute, int maxLength = 80, int capacity = 200_000)
    {
        this.compute = compute;
        this.maxLength = maxLength;
        this.capacity = capacity;
    }

    public int Count => Volatile.Read(ref count);

    public TValue Get(string key) => Get(key.AsSpan(), key);

    public TValue Get(ReadOnlySpan<char> key) => Get(key, null);

    private TValue Get(ReadOnlySpan<char> key, string? keyString)
    {
        if (key.Length > maxLength)
        {
            return compute(keyString ?? key.ToString());
        }

        var hash = Hash(key);
        var entries = Volatile.Read(ref table);
        var mask = entries.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = entries[i];
            if (entry is null)
            {
                break;
            }

            if (entry.Hash == hash && key.SequenceEqual(entry.Key))
            {
                return entry.Value;
            }
        }

        keyString ??= key.ToString();
        var value = compute(keyString);
        Add(new Entry(keyString, value, hash));
        return value;
    }

    private void Add(Entry entry)
    {
        lock (gate)
        {
            if (count >= capacity)
            {
                return;
            }

            var entries = table;
            if ((count + 1) * 2 > entries.Length)
            {
                entries = Grow(entries);
            }

            if (Insert(entries, entry))
            {
                count++;
            }

            Volatile.Write(ref table, entries);
        }
    }

    private static Entry?[] Grow(Entry?[] entries)
    {
        var larger = new Entry?[entries.Length * 2];
        foreach (var e in entries)
        {
            if (e is not null)
            {
                Insert(larger, e);
            }
        }

        return larger;
    }

    /// <summary>Puts the entry in its first free slot; false when another thread added the same key first.</summary>
    private static bool Insert(Entry?[] entries, Entry entry)
    {
        var mask = entries.Length - 1;
        for (var i = entry.Hash & mask; ; i = (i + 1) & mask)
        {
            var existing = entries[i];
            if (existing is null)
            {
                // Written last: a reader sees the slot empty or the complete entry.
                Volatile.Write(ref entries[i], entry);
                return true;
            }

            if (existing.Hash == entry.Hash && existing.Key == entry.Key)
            {
                return false;
            }
        }
    }

    // FNV-1a over the UTF-16 code units: the keys are short words, for which it is cheaper than a stronger hash.
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    private sealed record Entry(string Key, TValue Value, int Hash);
}
