namespace Relations.Web.Generation;

/// <summary>
/// The generator's only source of chance: one <see cref="Random"/> seeded once, consumed in a fixed order,
/// so a seed always gives the same corpus (no clock, no GUIDs, no hash-ordered collections).
/// </summary>
internal sealed class Dice(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max) => random.Next(max);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => random.Next(min, max + 1);

    public double NextDouble() => random.NextDouble();

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>One of the items, each with its weight.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, w) in items)
        {
            total += w;
        }

        var x = random.NextDouble() * total;
        foreach (var (item, w) in items)
        {
            x -= w;
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary><paramref name="count"/> distinct items in random order (fewer when the list is shorter).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        Shuffle(copy);
        return copy.Take(count).ToList();
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
