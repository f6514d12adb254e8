using Relations.Articles.Reference;

namespace Relations.Web.Generation;

/// <summary>What a slot in the corpus holds.</summary>
public enum GeneratedKind
{
    /// <summary>An "A–B relations" article.</summary>
    Relation,

    /// <summary>A "Foreign relations of A" article: well formed, but the importer skips it.</summary>
    NonRelation,

    /// <summary>A deliberately broken file the reader must reject (no title, invalid UTF-8, a NUL byte).</summary>
    Bad,
}

/// <summary>How a deliberately bad file is broken.</summary>
public enum BadKind
{
    None,
    NoTitle,
    InvalidUtf8,
    NulByte,
}

/// <summary>A generated politician: reused across articles, so one person appears in several relations.</summary>
internal sealed record Person(string Name, string Role, int From, int To);

/// <summary>One slot of the corpus before it is written.</summary>
internal sealed record PlannedArticle(int Index, GeneratedKind Kind, BadKind Bad, int First, int Second);

/// <summary>
/// Decides the whole corpus up front: which country pairs get an article (distinct unordered pairs, popular
/// countries more often), which slots are non-relations or deliberately bad, and each country's politicians.
/// </summary>
internal sealed class CorpusPlan
{
    private static readonly HashSet<string> Hubs = new(StringComparer.Ordinal)
    {
        "United States", "China", "Russia", "India", "Japan", "France", "United Kingdom", "Germany", "Brazil", "Turkey", "Iran",
        "Cuba", "North Korea", "South Korea", "Vietnam", "Egypt", "Israel", "Saudi Arabia", "Indonesia", "South Africa", "Nigeria",
        "Mexico", "Australia", "Canada", "Italy", "Spain", "Pakistan", "Ukraine", "Poland", "Argentina",
    };

    private readonly HashSet<long> pairs = [];
    private readonly List<int>[] relationsOf;

    public CorpusPlan(Gazetteer gazetteer, int articles, Dice dice)
    {
        Countries = gazetteer.Countries.Where(c => !c.Historical).ToList();
        relationsOf = new List<int>[Countries.Count];
        for (var i = 0; i < Countries.Count; i++)
        {
            relationsOf[i] = [];
        }

        var kinds = PlanKinds(articles, dice);
        var needed = kinds.Count(k => k.Kind != GeneratedKind.NonRelation);
        var chosen = ChoosePairs(needed, dice);
        var next = 0;
        var planned = new List<PlannedArticle>(articles);
        foreach (var (kind, bad) in kinds)
        {
            if (kind == GeneratedKind.NonRelation)
            {
                planned.Add(new PlannedArticle(planned.Count, kind, bad, dice.Next(Countries.Count), -1));
                continue;
            }

            if (next == chosen.Count)
            {
                break; // every distinct pair is used: the corpus ends here
            }

            var (a, b) = chosen[next++];

            // Titles mostly name the parties in alphabetical order, as the wiki does; some do not.
            var (first, second) = string.CompareOrdinal(Countries[a].Name, Countries[b].Name) < 0 == dice.Chance(0.85) ? (a, b) : (b, a);
            planned.Add(new PlannedArticle(planned.Count, kind, bad, first, second));
            pairs.Add(Key(first, second));
            if (kind == GeneratedKind.Relation)
            {
                relationsOf[first].Add(planned.Count - 1);
                relationsOf[second].Add(planned.Count - 1);
            }
        }

        Articles = planned;
        People = Countries.Select(c => PlanPeople(c.Name, dice)).ToList();
    }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<PlannedArticle> Articles { get; }

    /// <summary>Each country's politicians over time, by country index.</summary>
    public IReadOnlyList<IReadOnlyList<Person>> People { get; }

    /// <summary>The indices of the well-formed relation articles a country takes part in.</summary>
    public IReadOnlyList<int> RelationsOf(int country) => relationsOf[country];

    /// <summary>True when the corpus has an article (good or bad) for the pair, in either order.</summary>
    public bool HasPair(int a, int b) => pairs.Contains(Key(a, b));

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>One bad file somewhere in every 200 and one non-relation in every 300, the rest relations.</summary>
    private static List<(GeneratedKind Kind, BadKind Bad)> PlanKinds(int articles, Dice dice)
    {
        var kinds = Enumerable.Repeat((GeneratedKind.Relation, BadKind.None), articles).ToList();
        for (var block = 0; block < articles; block += 200)
        {
            var at = block + dice.Next(200);
            if (at < articles)
            {
                kinds[at] = (GeneratedKind.Bad, (BadKind)dice.Between(1, 3));
            }
        }

        for (var block = 0; block < articles; block += 300)
        {
            var at = block + dice.Next(300);
            while (at < articles && kinds[at].Item1 != GeneratedKind.Relation)
            {
                at++;
            }

            if (at < articles)
            {
                kinds[at] = (GeneratedKind.NonRelation, BadKind.None);
            }
        }

        return kinds;
    }

    /// <summary>
    /// Weighted sampling of distinct unordered pairs without replacement (Efraimidis–Spirakis: the largest keys
    /// U^(1/w) win), with hub countries weighted up so that they share many relations, as on the wiki.
    /// </summary>
    private List<(int A, int B)> ChoosePairs(int count, Dice dice)
    {
        var weights = Countries.Select(c => Hubs.Contains(c.Name) ? 4.0 : 0.5 + dice.NextDouble()).ToArray();
        var all = new List<(double Key, int A, int B)>(Countries.Count * Countries.Count / 2);
        for (var a = 0; a < Countries.Count; a++)
        {
            for (var b = a + 1; b < Countries.Count; b++)
            {
                var u = Math.Max(dice.NextDouble(), double.Epsilon);
                all.Add((Math.Log(u) / (weights[a] * weights[b]), a, b));
            }
        }

        all.Sort((x, y) => y.Key.CompareTo(x.Key) is var c && c != 0 ? c : (x.A, x.B).CompareTo((y.A, y.B)));
        var chosen = all.Take(count).Select(p => (p.A, p.B)).ToList();
        dice.Shuffle(chosen);
        return chosen;
    }

    /// <summary>Successive heads of state, heads of government and foreign ministers from 1945 to today.</summary>
    private static List<Person> PlanPeople(string country, Dice dice)
    {
        var culture = NameCultures.Of(country);
        var people = new List<Person>();
        void Terms(string role, int shortest, int longest)
        {
            for (var year = 1945 + dice.Next(5); year <= 2025;)
            {
                var to = Math.Min(2026, year + dice.Between(shortest, longest));
                people.Add(new Person(NameCultures.PersonName(culture, country, dice), role, year, to));
                year = to;
            }
        }

        var head = NameCultures.HeadOfStateTitle(country);
        Terms(head, head is "King" or "Emir" or "Sultan" ? 12 : 4, head is "King" or "Emir" or "Sultan" ? 30 : 14);
        if (NameCultures.HeadOfGovernmentTitle(country) is { } government)
        {
            Terms(government, 2, 9);
        }

        Terms("Foreign Minister", 2, 8);
        return people;
    }
}
