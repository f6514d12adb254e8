namespace Relations.Articles.Values;

/// <summary>
/// A thread-safe memo of a pure function of a string, for short inputs (names, words); bounded so that a large corpus
/// cannot grow it without limit. Longer inputs, and any once it is full, are computed each time. Inputs may be
/// spans of a longer text: a word that recurs is then turned into a string once, not once per occurrence.
/// </summary>
/// <remarks>
/// The extractors look a word up here for nearly every token of every sentence, so lookups take no lock: an open-
/// addressing table of slots, read through one volatile reference. A slot holds the key's hash, the key and the value
/// side by side, so a probe reads one place in memory before it compares a key (a table of entry objects cost a
/// pointer, then the entry, then the key: the lookups were 3-4% of the import's CPU, mostly waiting on memory). A
/// writer fills a slot's key and value before its hash, and a reader reads the hash first, so a reader that sees the
/// hash sees the rest. Adds take a lock and, when the table is half full, publish a table twice the size; a reader
/// still on the old one finds every entry it held, or misses and computes the value again, which is the same value.
/// </remarks>
internal sealed class StringMemo<TValue>
{
    private readonly Func<string, TValue> compute;
    private readonly int maxLength;
    private readonly int capacity;
    private readonly Lock gate = new();
    private Slot[] table = new Slot[1024];
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
        var slots = Volatile.Read(ref table);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var slotHash = Volatile.Read(ref slot.Hash);
            if (slotHash == 0)
            {
                break;
            }

            if (slotHash == hash && key.SequenceEqual(slot.Key))
            {
                return slot.Value;
            }
        }

        keyString ??= key.ToString();
        var value = compute(keyString);
        Add(keyString, value, hash);
        return value;
    }

    private void Add(string key, TValue value, int hash)
    {
        lock (gate)
        {
            if (count >= capacity)
            {
                return;
            }

            var slots = table;
            if ((count + 1) * 2 > slots.Length)
            {
                slots = Grow(slots);
            }

            if (Insert(slots, key, value, hash))
            {
                count++;
            }

            Volatile.Write(ref table, slots);
        }
    }

    private static Slot[] Grow(Slot[] slots)
    {
        var larger = new Slot[slots.Length * 2];
        foreach (var s in slots)
        {
            if (s.Hash != 0)
            {
                Insert(larger, s.Key, s.Value, s.Hash);
            }
        }

        return larger;
    }

    /// <summary>Puts the entry in its first free slot; false when another thread added the same key first.</summary>
    private static bool Insert(Slot[] slots, string key, TValue value, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == 0)
            {
                slot.Key = key;
                slot.Value = value;

                // Written last: a reader that sees the hash sees the key and value.
                Volatile.Write(ref slot.Hash, hash);
                return true;
            }

            if (slot.Hash == hash && slot.Key == key)
            {
                return false;
            }
        }
    }

    // FNV-1a over the UTF-16 code units: the keys are short words, for which it is cheaper than a stronger hash.
    // Never 0, which marks an empty slot.
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var positive = (int)(hash & 0x7fffffff);
        return positive == 0 ? 1 : positive;
    }

    private struct Slot
    {
        public int Hash;
        public string Key;
        public TValue Value;
    }
}
