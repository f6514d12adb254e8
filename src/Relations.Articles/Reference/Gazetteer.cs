using System.Globalization;
using Relations.Articles.Values;

namespace Relations.Articles.Reference;

/// <summary>Resolves country names, aliases, demonyms and cities (data/reference/countries.csv).</summary>
public sealed class Gazetteer
{
    /// <summary>Lower-case words inside a place's name, as a regex alternation: "Santiago de Cuba", "Dar es Salaam".</summary>
    public const string PlaceParticles = "de|del|da|do|la|el|es";

    // Declared first: Default (below) is built with Key.
    private static readonly StringMemo<string> Keys = new(ComputeKey);

    private readonly Dictionary<string, Country> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> byDemonym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> byCity = new(StringComparer.Ordinal);
    // The first word of every name and demonym, with the most words a name starting with it has.
    private readonly Dictionary<string, int> longestFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> byDemonymSpan;

    public Gazetteer(IEnumerable<Country> countries)
    {
        Countries = countries.ToList();
        foreach (var c in Countries)
        {
            foreach (var n in c.Aliases.Prepend(c.Name).Append(c.Slug))
            {
                byName.TryAdd(Key(n), c);
            }

            foreach (var d in c.Demonyms)
            {
                byDemonym.TryAdd(Key(d), c);
            }

            foreach (var city in c.Cities.Prepend(c.Capital ?? string.Empty).Where(x => x.Length > 0))
            {
                byCity.TryAdd(Key(city), c);
            }
        }

        foreach (var key in byName.Keys.Concat(byDemonym.Keys))
        {
            var keyWords = key.Split(' ');
            longestFrom[keyWords[0]] = Math.Max(longestFrom.GetValueOrDefault(keyWords[0]), keyWords.Length);
        }

        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        byDemonymSpan = byDemonym.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Gazetteer Default { get; } = Load();

    public IReadOnlyList<Country> Countries { get; }

    public static Gazetteer Load()
    {
        var countries = ReferenceData.Rows("countries.csv").Select(r => new Country(
            r["name"],
            r.GetValueOrDefault("slug") is { Length: > 0 } s ? s : Slug.From(r["name"]),
            ReferenceData.List(r.GetValueOrDefault("aliases") ?? string.Empty),
            ReferenceData.List(r.GetValueOrDefault("demonyms") ?? string.Empty),
            r.GetValueOrDefault("capital") is { Length: > 0 } cap ? cap : null,
            ReferenceData.List(r.GetValueOrDefault("cities") ?? string.Empty),
            r.GetValueOrDefault("successor") is { Length: > 0 } succ ? succ : null,
            int.TryParse(r.GetValueOrDefault("successor_year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null,
            string.Equals(r.GetValueOrDefault("historical"), "true", StringComparison.OrdinalIgnoreCase),
            r.GetValueOrDefault("part_of") is { Length: > 0 } whole ? whole : null));
        return new Gazetteer(countries);
    }

    /// <summary>A country by its name, an alias or its slug; a leading "the" is ignored.</summary>
    public Country? Find(string name)
    {
        var key = Key(name);
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        return byName.GetValueOrDefault(key);
    }

    public Country? FindBySlug(string slug) => Countries.FirstOrDefault(c => c.Slug == slug);

    public Country? FindByDemonym(string demonym) => byDemonym.GetValueOrDefault(Key(demonym));

    /// <summary>
    /// "Soviet", a name and a demonym: before a lower-case word ("on Soviet assistance", "Soviet military advisers") the
    /// mention qualifies a noun rather than naming the country.
    /// </summary>
    public bool UsedAsAdjective(string text, CountryMention mention)
    {
        var end = mention.Start + mention.Length;
        return end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]) && FindByDemonym(mention.Words) is not null;
    }

    /// <summary>The country a city lies in (capitals and the major cities of the gazetteer).</summary>
    public Country? FindByCity(string city) => byCity.GetValueOrDefault(Key(city));

    /// <summary>As <see cref="FindByCity(string)"/>, for words of a longer text (a string is made only for a new key).</summary>
    public Country? FindByCity(ReadOnlySpan<char> city) => byCity.GetValueOrDefault(Keys.Get(city));

    public Country? SuccessorOf(Country country) => country.Successor is { } s ? Find(s) : null;

    public IEnumerable<Country> PredecessorsOf(Country country) =>
        Countries.Where(c => c.Successor is { } s && Find(s) == country);

    /// <summary>The predecessor of <paramref name="country"/> whose capital or city <paramref name="city"/> was (Bonn of Germany: West Germany), if any.</summary>
    public Country? PredecessorWithCity(Country country, string city)
    {
        var key = Key(city);
        return PredecessorsOf(country).FirstOrDefault(p => (p.Capital is { } capital && Key(capital) == key) || p.Cities.Any(c => Key(c) == key));
    }

    /// <summary>True when the two are the same state or one is the other's predecessor (North Vietnam, Vietnam).</summary>
    /// <summary>
    /// Whether <paramref name="country"/> is <paramref name="party"/>, of its lineage, or was a part of it: a consulate in
    /// Bratislava is Czechoslovakia's, a city of Uzbekistan the Soviet Union's (not Russia's: a part counts for the state
    /// it was part of only).
    /// </summary>
    public bool CountsAs(Country country, Country party) => SameLineage(country, party) || country.PartOf == party.Name;

    public bool SameLineage(Country a, Country b)
    {
        if (a == b)
        {
            return true;
        }

        for (var c = SuccessorOf(a); c is not null; c = SuccessorOf(c))
        {
            if (c == b)
            {
                return true;
            }
        }

        for (var c = SuccessorOf(b); c is not null; c = SuccessorOf(c))
        {
            if (c == a)
            {
                return true;
            }
        }

        return false;
    }

    // The key of a word (folded, lower case), made once per distinct word, shared by all threads.
    private static readonly StringMemo<string> WordKeys = new(word => Slug.Fold(word).ToLowerInvariant());

    private static bool RegionBeforeAmerica(ReadOnlySpan<char> word) =>
        word is "Latin" or "South" or "Central" or "North" or "Middle" or "Spanish" or "Hispanic";

    /// <summary>Every country named in the text by name, alias or demonym, longest phrase first, left to right.</summary>
    public IReadOnlyList<CountryMention> FindMentions(string text)
    {
        // Every sentence is looked at, several times: the word list and key slots are the thread's own, reused.
        var words = Words(text, wordBuffer ??= []);
        if (keyBuffer is null || keyBuffer.Length < words.Count)
        {
            keyBuffer = new string?[Math.Max(words.Count, 64)];
        }

        var keys = keyBuffer;
        Array.Clear(keys, 0, words.Count);

        // Keys are made only for the words a name could start at or run through: most words are never looked at.
        string KeyAt(int k) => keys[k] ??= WordKeys.Get(text.AsSpan(words[k].Start, words[k].Length));

        var found = new List<CountryMention>();
        char[]? phrase = null;
        for (var i = 0; i < words.Count; i++)
        {
            // Names are proper nouns: "us" or "america" in lower case are not countries.
            if (!char.IsUpper(text[words[i].Start]) || !longestFrom.TryGetValue(KeyAt(i), out var longest))
            {
                continue;
            }

            // "Cuba" starts no longer name, so the words after it are not looked at; "North" starts three-word ones.
            for (var n = Math.Min(longest, words.Count - i); n >= 1; n--)
            {
                // The key of the n words is their keys joined by spaces, built in a buffer and looked up as a span.
                ReadOnlySpan<char> key;
                if (n == 1)
                {
                    key = KeyAt(i);
                }
                else
                {
                    var length = n - 1;
                    for (var k = i; k < i + n; k++)
                    {
                        length += KeyAt(k).Length;
                    }

                    if (phrase is null || phrase.Length < length)
                    {
                        phrase = new char[Math.Max(length, 64)];
                    }

                    var at = 0;
                    for (var k = i; k < i + n; k++)
                    {
                        if (k > i)
                        {
                            phrase[at++] = ' ';
                        }

                        KeyAt(k).CopyTo(phrase.AsSpan(at));
                        at += keys[k]!.Length;
                    }

                    key = phrase.AsSpan(0, length);
                }

                var isDemonym = false;
                if (!byNameSpan.TryGetValue(key, out var country))
                {
                    isDemonym = byDemonymSpan.TryGetValue(key, out country);
                }

                if (country is not null)
                {
                    var start = words[i].Start;
                    var end = words[i + n - 1].Start + words[i + n - 1].Length;

                    // "US$40 million", "A$10 million": a currency prefix, not the country.
                    if (end < text.Length && text[end] == '$')
                    {
                        break;
                    }

                    // "Latin America", "Central America": a region, not the United States.
                    if (n == 1 && i > 0 && key.SequenceEqual("america") && RegionBeforeAmerica(text.AsSpan(words[i - 1].Start, words[i - 1].Length)))
                    {
                        break;
                    }

                    found.Add(new CountryMention(country, start, end - start, text[start..end], isDemonym));
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The lookup key of a name: its letter-and-digit runs, folded and lower case, joined by spaces.</summary>
    public static string Key(string name) => Keys.Get(name);

    private static string ComputeKey(string name)
    {
        var words = Words(name);
        if (words.Count == 1)
        {
            return Slug.Fold(name.Substring(words[0].Start, words[0].Length)).ToLowerInvariant();
        }

        var parts = new string[words.Count];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = Slug.Fold(name.Substring(words[k].Start, words[k].Length)).ToLowerInvariant();
        }

        return string.Join(' ', parts);
    }

    // FindMentions' word list and key slots, one of each per thread.
    [ThreadStatic]
    private static List<(int Start, int Length)>? wordBuffer;

    [ThreadStatic]
    private static string?[]? keyBuffer;

    // Words are runs of letters and digits: "Korea's" gives "Korea", "U.S." gives "U" "S" (keys drop the punctuation).
    private static List<(int Start, int Length)> Words(string text) => Words(text, []);

    private static List<(int Start, int Length)> Words(string text, List<(int Start, int Length)> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i - start));
            }
        }

        return words;
    }
}
