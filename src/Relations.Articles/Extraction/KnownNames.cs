using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// Names whose kind is already known: curated people (data/reference/people.csv: name,aliases,country), names that are
/// not people (data/reference/non-persons.csv: name,kind) and people learned from other articles of the corpus.
/// Lookups compare <see cref="CanonicalKey"/>s, so "Kim Il-sung", "Kim Il Sung" and "KIM IL SUNG" are one name.
/// Not thread-safe while <see cref="AddPerson"/> is called.
/// </summary>
public sealed class KnownNames
{
    // key of a name or alias -> the canonical display name of the person.
    private readonly Dictionary<string, string> people = new(StringComparer.Ordinal);

    // key of the last word of a person's name ("díaz-canel" -> "diaz canel") -> every person ending with it.
    private readonly Dictionary<string, HashSet<string>> byLastWord = new(StringComparer.Ordinal);

    // key of the first word, or a capitalised inner word, of a person's name ("jiang" -> "Jiang Zemin", "lula" -> "Luiz Inácio
    // Lula da Silva"), kept only for the names of one article.
    private readonly Dictionary<string, HashSet<string>>? byOtherWord;

    private readonly HashSet<string> nonPersons = new(StringComparer.Ordinal);

    // the canonical display name of a curated person -> the country they act for, where the list gives one.
    private readonly Dictionary<string, string> countries = new(StringComparer.Ordinal);

    public KnownNames(IEnumerable<(string Name, IReadOnlyList<string> Aliases, string? Country)> curated, IEnumerable<string> nonPersonNames)
    {
        foreach (var (name, aliases, country) in curated)
        {
            if (!string.IsNullOrEmpty(country))
            {
                countries[name] = country;
            }

            AddPerson(name);
            foreach (var alias in aliases)
            {
                people.TryAdd(CanonicalKey(alias), name);
            }
        }

        foreach (var n in nonPersonNames)
        {
            nonPersons.Add(CanonicalKey(n));
        }
    }

    private KnownNames(bool articleScope)
        : this([], [])
    {
        byOtherWord = articleScope ? new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) : null;
    }

    /// <summary>No curated names: the recogniser's rules alone.</summary>
    public static KnownNames Empty() => new([], []);

    /// <summary>
    /// The names of one article: a bare word stands for the one person whose name begins or ends with it, or holds it
    /// capitalised ("Jiang" for "Jiang Zemin", "Kang" for "Kang Min-chol", "Ortega" for "Daniel Ortega", "Lula" for "Luiz
    /// Inácio Lula da Silva"). Across the corpus only surnames count.
    /// </summary>
    public static KnownNames ForArticle() => new(articleScope: true);

    /// <summary>The embedded reference lists; a list that is not embedded (yet) counts as empty.</summary>
    public static KnownNames LoadDefault()
    {
        var curated = Rows("people.csv").Select(r => (
            r["name"],
            ReferenceData.List(r.GetValueOrDefault("aliases") ?? string.Empty),
            r.GetValueOrDefault("country")));
        var nonPersonNames = Rows("non-persons.csv").Select(r => r["name"]);
        return new KnownNames(curated.Where(p => p.Item1.Length > 0), nonPersonNames.Where(n => n.Length > 0));
    }

    /// <summary>A person learned from another article of the corpus (or the curated list).</summary>
    public void AddPerson(string name)
    {
        var key = CanonicalKey(name);
        if (key.Length == 0)
        {
            return;
        }

        people.TryAdd(key, name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            var last = CanonicalKey(words[^1]);
            if (!byLastWord.TryGetValue(last, out var set))
            {
                byLastWord[last] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(people[key]);
            if (byOtherWord is not null)
            {
                // The first word, and a capitalised word inside a name of three or more ("Lula" of "Luiz Inácio Lula da
                // Silva", "Collor" of "Fernando Collor de Mello").
                for (var w = 0; w < words.Length - 1; w++)
                {
                    if (w > 0 && (words[w].Length < 3 || !char.IsUpper(words[w][0])))
                    {
                        continue;
                    }

                    var wordKey = CanonicalKey(words[w]);
                    if (!byOtherWord.TryGetValue(wordKey, out var bearers))
                    {
                        byOtherWord[wordKey] = bearers = new HashSet<string>(StringComparer.Ordinal);
                    }

                    bearers.Add(people[key]);
                }
            }
        }
    }

    /// <summary>True for a known name or alias, or a surname that only one known person bears ("Díaz-Canel", not "Castro").</summary>
    public bool IsKnownPerson(string name) => TryCanonical(name, out _);

    /// <summary>The country the curated list says a person acts for, by their canonical display name ("Julius Nyerere" →
    /// "Tanzania"); null for anyone else.</summary>
    public string? CountryOf(string canonicalName) => countries.GetValueOrDefault(canonicalName);

    public bool IsNonPerson(string name) => nonPersons.Contains(CanonicalKey(name));

    /// <summary>The canonical name of a known person ("Diaz-Canel" → "Miguel Díaz-Canel"); any other name as given.</summary>
    public string Canonical(string name) => TryCanonical(name, out var canonical) ? canonical : name;

    public bool TryCanonical(string name, out string canonical)
    {
        var key = CanonicalKey(name);
        if (people.TryGetValue(key, out var found))
        {
            canonical = found;
            return true;
        }

        // A bare surname names a known person only when it is unambiguous ("Castro" could be Fidel or Raúl);
        // two-letter or all-capital words ("Un", "UN") are too likely to be something else.
        if (!name.Contains(' ', StringComparison.Ordinal) && key.Length >= 2 && !name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            byLastWord.TryGetValue(key, out var bearers);
            if (key.Length < 3)
            {
                bearers = null;
            }

            // A first word of two letters is a family name ("Xi", "Hu"); the last ones are too often not ("Un").
            if (byOtherWord is not null && byOtherWord.TryGetValue(key, out var others))
            {
                bearers = bearers is null ? others : [.. bearers, .. others];
            }

            // In one article a surname several people bear is still a name (which of them it stands for is found in
            // reading order, PersonRecogniser.SharedSurnames); across the corpus it must be one person's.
            if (bearers is { Count: 1 } || (byOtherWord is not null && bearers is { Count: > 1 }))
            {
                canonical = bearers.First();
                return true;
            }
        }

        canonical = name;
        return false;
    }

    /// <summary>
    /// The one full name among <paramref name="fullNames"/> (people already found in the same article) that a
    /// short form stands for: the same name, or a single surname equal to its last word ("Diaz-Canel" for
    /// "Miguel Díaz-Canel", "Trump" for "Donald Trump"), or the end of one longer name ("Fernández de Kirchner" for
    /// "Cristina Fernández de Kirchner", even when the short form is among the names). Null when none or more than one fits.
    /// </summary>
    public static string? ResolveShortForm(string shortForm, IEnumerable<string> fullNames)
    {
        var key = CanonicalKey(shortForm);
        var severalWords = shortForm.Contains(' ', StringComparison.Ordinal);
        var endOfLonger = severalWords ? " " + key : string.Empty;
        string? match = null;
        string? same = null;
        foreach (var full in fullNames)
        {
            var fullKey = CanonicalKey(full);
            if (fullKey == key)
            {
                // A name of several words is among the article's names itself, but may still be the end of a longer one.
                if (!severalWords)
                {
                    return full;
                }

                same ??= full;
                continue;
            }

            // "Fernández de Kirchner" for "Cristina Fernández de Kirchner": the end of a longer name.
            if (severalWords)
            {
                if (fullKey.EndsWith(endOfLonger, StringComparison.Ordinal))
                {
                    if (match is not null && CanonicalKey(match) != fullKey)
                    {
                        return null;
                    }

                    match = full;
                }

                continue;
            }

            // The surname, or another capitalised word of the name ("Lula" for "Luiz Inácio Lula da Silva", "Jiang" for
            // "Jiang Zemin", whose family name comes first).
            if (Bears(full, shortForm, key))
            {
                if (match is not null && CanonicalKey(match) != fullKey)
                {
                    return null;
                }

                match = full;
            }
        }

        return match ?? same;
    }

    /// <summary>The full names, each once, whose surname or another capitalised word a single-word short form is.</summary>
    public static List<string> SurnameBearers(string shortForm, IEnumerable<string> fullNames)
    {
        var key = CanonicalKey(shortForm);
        var bearers = new List<string>();
        foreach (var full in fullNames)
        {
            if (Bears(full, shortForm, key) && !bearers.Exists(b => CanonicalKey(b) == CanonicalKey(full)))
            {
                bearers.Add(full);
            }
        }

        return bearers;
    }

    // A full name of several words whose last word, or (for a capitalised short form) another capitalised word, is the short form.
    private static bool Bears(string full, string shortForm, string key)
    {
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1
            && (CanonicalKey(words[^1]) == key || (char.IsUpper(shortForm[0]) && words.Any(w => char.IsUpper(w[0]) && CanonicalKey(w) == key)));
    }

    /// <summary>A comparison key for names: folded, lower case, hyphens and spaces one space ("Díaz-Canel" = "diaz canel").</summary>
    /// <remarks>Equal to <see cref="Slug.Key"/> of the name; written out because it runs for every candidate of every sentence.</remarks>
    public static string CanonicalKey(string name) => CanonicalKeys.Get(name);

    private static readonly StringMemo<string> CanonicalKeys = new(ComputeCanonicalKey);

    private static string ComputeCanonicalKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        var gap = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                Append(sb, char.ToLowerInvariant(c), ref gap);
            }
            else if (c is '\'' or '’' or '.')
            {
                // "O'Brien" → "obrien", as in slugs.
            }
            else if (c < 128)
            {
                gap = sb.Length > 0;
            }
            else
            {
                foreach (var f in FoldedChars.GetOrAdd(c, static x => Slug.Fold(x.ToString())))
                {
                    if (char.IsAsciiLetterOrDigit(f))
                    {
                        Append(sb, char.ToLowerInvariant(f), ref gap);
                    }
                    else
                    {
                        gap = sb.Length > 0;
                    }
                }
            }
        }

        return sb.ToString();
    }

    private static readonly ConcurrentDictionary<char, string> FoldedChars = new();

    private static void Append(StringBuilder sb, char c, ref bool gap)
    {
        if (gap)
        {
            sb.Append(' ');
            gap = false;
        }

        sb.Append(c);
    }

    /// <summary>
    /// The display name for forms of one person (all with the same <see cref="CanonicalKey"/>): prefer a form
    /// written with diacritics (the gold keeps them as written), else the most frequent, else the longest.
    /// </summary>
    public static string DisplayName(IEnumerable<string> forms)
    {
        // Most people are written one way throughout an article: nothing to choose.
        string? only = null;
        foreach (var form in forms)
        {
            if (only is null)
            {
                only = form;
            }
            else if (!string.Equals(form, only, StringComparison.Ordinal))
            {
                only = null;
                break;
            }
        }

        if (only is not null)
        {
            return only;
        }

        var counted = forms.GroupBy(f => f, StringComparer.Ordinal).Select(g => (Form: g.Key, Count: g.Count())).ToList();
        if (counted.Count == 0)
        {
            throw new ArgumentException("At least one form is needed.", nameof(forms));
        }

        return counted
            .OrderByDescending(f => HasDiacritics(f.Form))
            .ThenByDescending(f => f.Count)
            .ThenByDescending(f => f.Form.Length)
            .ThenBy(f => f.Form, StringComparer.Ordinal)
            .First().Form;
    }

    private static bool HasDiacritics(string s) => !string.Equals(Slug.Fold(s), s, StringComparison.Ordinal);

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string fileName) =>
        Assembly.GetAssembly(typeof(ReferenceData))!.GetManifestResourceNames().Contains($"Relations.Articles.Reference.{fileName}")
            ? ReferenceData.Rows(fileName)
            : [];
}
