using Relations.Articles.Reference;

namespace Relations.Web.Generation;

/// <summary>
/// Writes the lines of one article: title, optional infobox, lead, History (dated paragraphs, sometimes
/// subsections), optional missions/economy/culture sections, See also. Formatting noise (line endings, BOM,
/// trailing spaces) and deliberate damage are applied afterwards by <see cref="ArticleEncoding"/>.
/// </summary>
internal sealed partial class ArticleComposer
{
    private readonly Dice dice;
    private readonly CorpusPlan plan;
    private readonly PlannedArticle article;
    private readonly DatePhrases dates;
    private readonly List<string> lines = [];
    private readonly bool spacedHeadings;
    private readonly int a;
    private readonly int b;
    private readonly int established;

    public ArticleComposer(Dice dice, CorpusPlan plan, PlannedArticle article)
    {
        this.dice = dice;
        this.plan = plan;
        this.article = article;
        dates = new DatePhrases(dice, dayFirst: dice.Chance(0.55));
        spacedHeadings = dice.Chance(0.4);
        a = article.First;
        b = article.Second >= 0 ? article.Second : (article.First + 1) % plan.Countries.Count; // a foreign-relations article's partner for remarks
        established = EstablishedYear();
    }

    private IReadOnlyList<Country> Countries => plan.Countries;

    /// <summary>The article's logical lines (no line endings) and its title.</summary>
    public (List<string> Lines, string Title) Compose()
    {
        if (article.Kind == GeneratedKind.NonRelation)
        {
            return ComposeForeignRelations();
        }

        var dash = dice.Next(100) switch
        {
            < 97 => "–",
            < 99 => "-",
            _ => "—",
        };
        var title = $"{Name(a)}{dash}{Name(b)} relations";
        lines.Add($"= {title} =");
        lines.Add(string.Empty);
        var target = dice.Between(3000, 6000);
        if (dice.Chance(0.7))
        {
            Infobox();
        }

        Lead();
        var seeAlso = SeeAlsoItems();
        var extras = new List<Action>();
        if (dice.Chance(0.3))
        {
            extras.Add(MissionsSection);
        }

        if (dice.Chance(0.25))
        {
            extras.Add(EconomySection);
        }

        if (dice.Chance(0.15))
        {
            extras.Add(CultureSection);
        }

        if (dice.Chance(0.1))
        {
            extras.Add(EmptySection);
        }

        dice.Shuffle(extras);

        // History fills what the rest leaves of the target length.
        var fixedLength = Length() + (seeAlso.Count * 35) + (extras.Count * 300);
        History(Math.Max(600, target - fixedLength));
        foreach (var extra in extras)
        {
            extra();
        }

        if (seeAlso.Count > 0)
        {
            Heading(2, "See also");
            if (dice.Chance(0.5))
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(seeAlso.Select(s => "- " + s));
        }

        return (lines, title);
    }

    private int Length() => lines.Sum(l => l.Length + 1);

    private string Name(int country) => Countries[country].Name;

    /// <summary>The adjective: "North Korean", "Vietnamese" (the name itself where the gazetteer has none).</summary>
    private string Adj(int country) => Countries[country].Demonyms is [var first, ..] ? first : Name(country);

    /// <summary>The people: "Koreans", "Vietnamese people".</summary>
    private string Plural(int country) =>
        Countries[country].Demonyms.Skip(1).FirstOrDefault(d => d.EndsWith('s') && !d.Contains(' ', StringComparison.Ordinal))
        ?? $"{Adj(country)} people";

    private string Capital(int country) => Countries[country].Capital ?? Name(country);

    private string City(int country) => Countries[country].Cities is { Count: > 0 } cities ? dice.Pick(cities) : Capital(country);

    private int Other(int country) => country == a ? b : a;

    private int Either() => dice.Chance(0.5) ? a : b;

    /// <summary>A third country, neither party.</summary>
    private int Third()
    {
        int c;
        do
        {
            c = dice.Next(Countries.Count);
        }
        while (c == a || c == b);
        return c;
    }

    private void Heading(int level, string name)
    {
        var marks = new string('=', level);
        lines.Add(string.Empty);
        lines.Add(spacedHeadings ? $"{marks} {name} {marks}" : $"{marks}{name}{marks}");
    }

    private void Paragraph(string text)
    {
        if (lines.Count > 0 && lines[^1].Length > 0 && !lines[^1].StartsWith('='))
        {
            lines.Add(string.Empty);
        }
        else if (lines.Count > 0 && lines[^1].StartsWith('=') && dice.Chance(0.5))
        {
            lines.Add(string.Empty); // a blank line after a heading, or not: both occur
        }

        lines.Add(text);
    }

    private int EstablishedYear()
    {
        var earliest = Math.Max(Earliest(Name(a)), Earliest(Name(b)));
        var era = dice.Next(100) switch
        {
            < 25 => dice.Between(1945, 1959),
            < 60 => dice.Between(1960, 1979),
            < 85 => dice.Between(1980, 1995),
            _ => dice.Between(1996, 2015),
        };
        return Math.Max(era, earliest + dice.Next(4));
    }

    private static int Earliest(string country) => country switch
    {
        "South Sudan" => 2011,
        "East Timor" => 2002,
        "Montenegro" or "Serbia" => 2006,
        "Kosovo" => 2008,
        "Eritrea" or "Czech Republic" or "Slovakia" => 1993,
        "Namibia" => 1990,
        "Palau" or "Marshall Islands" or "Micronesia" => 1994,
        _ => NameCultures.Of(country) switch
        {
            Culture.Slavic when country is not ("Poland" or "Hungary" or "Romania" or "Bulgaria") => 1991,
            Culture.Turkic when country is not ("Turkey" or "Mongolia") => 1991,
            Culture.WestAfrican or Culture.EastAfrican or Culture.SouthernAfrican when country is not ("Ethiopia" or "Liberia" or "South Africa") => 1960,
            Culture.Pacific => 1970,
            _ => 1945,
        },
    };

    /// <summary>A politician of the country in office in the year (the nearest term before or after otherwise).</summary>
    private Person Leader(int country, int year, params string[] roles)
    {
        var people = plan.People[country];
        var candidates = people.Where(p => p.From <= year && year < p.To && (roles.Length == 0 || roles.Contains(p.Role))).ToList();
        if (candidates.Count == 0)
        {
            candidates = people.Where(p => p.From <= year && year < p.To).ToList();
        }

        return candidates.Count > 0 ? dice.Pick(candidates) : people.MinBy(p => Math.Abs(p.From - year))!;
    }

    private void Infobox()
    {
        lines.Add("Infobox");
        var (first, second) = dice.Chance(0.5) ? (Name(a), Name(b)) : (Name(b), Name(a));
        lines.Add($"- Map: {first} {second} Locator.png");
        if (dice.Chance(0.5))
        {
            lines.Add("- Filetype: png");
        }

        if (dice.Chance(0.95))
        {
            lines.Add($"- Mission1: Embassy of {Name(a)}, {Capital(b)}");
        }

        if (dice.Chance(0.85))
        {
            lines.Add($"- Mission2: Embassy of {Name(b)}, {Capital(a)}");
        }

        if (dice.Chance(0.3))
        {
            lines.Add($"- Envoy1: {NameCultures.PersonName(NameCultures.Of(Name(a)), Name(a), dice)}");
            lines.Add($"- Envoy2: {NameCultures.PersonName(NameCultures.Of(Name(b)), Name(b), dice)}");
            if (dice.Chance(0.5))
            {
                lines.Add("- Envoytitle1: Ambassador");
                lines.Add("- Envoytitle2: Ambassador");
            }
        }

        if (dice.Chance(0.15))
        {
            lines.Add(dice.Pick(UnknownInfoboxLines));
        }

        lines.Add(string.Empty);
    }

    private static readonly string[] UnknownInfoboxLines =
    [
        "- Width: 250px", "- Map caption: Locations of both countries", "- Flag_size: 60px", "- Notes: see the list of treaties",
        "- Border: none", "- Legation1: Legation (1951–1963)",
    ];

    private void Lead()
    {
        var lead = new List<string>();
        if (dice.Chance(0.6))
        {
            var native = dice.Chance(0.45) ? NativeNames() : null;
            lead.Add(native is null
                ? $"{Name(a)}–{Name(b)} relations are the bilateral relations between {Name(a)} and {Name(b)}."
                : $"{Name(a)}–{Name(b)} relations ({native}) are the bilateral relations between {Name(a)} and {Name(b)}.");
        }

        if (dice.Chance(0.9))
        {
            lead.Add(EstablishmentSentence());
        }

        var missions = dice.Chance(0.6) ? MissionSentences() : null;
        if (lead.Count > 0 && dice.Chance(0.5))
        {
            Paragraph(string.Join(' ', lead));
            lead.Clear();
        }

        if (missions is not null)
        {
            lead.Add(missions);
        }

        var extra = dice.Between(0, 2);
        for (var i = 0; i < extra; i++)
        {
            lead.Add(dice.Chance(0.5) ? Undated() : Event(dice.Between(established, 2025)).Text);
        }

        if (lead.Count == 0)
        {
            lead.Add(Undated());
        }

        Paragraph(string.Join(' ', lead));
    }

    private string? NativeNames()
    {
        var first = NameCultures.NativeRelationName(Name(a), Name(b), dice);
        var second = NameCultures.NativeRelationName(Name(b), Name(a), dice);
        var both = new[] { first, second }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return both.Count == 0 ? null : string.Join(", ", both);
    }

    private string EstablishmentSentence()
    {
        var y = established;
        var m = dates.RandomMonth();
        var d = dates.RandomDay();
        var (x, z) = dice.Chance(0.5) ? (a, b) : (b, a);
        return dice.Next(9) switch
        {
            0 => $"{Name(x)} and {Name(z)} established diplomatic relations on {dates.Day(y, m, d)}.",
            1 => $"Diplomatic relations between {Name(x)} and {Name(z)} were established on {dates.Day(y, m, d)}.",
            2 => $"{Name(x)} has had diplomatic relations with {Name(z)} ever since {dates.Day(y, m, d)}.",
            3 => $"The two countries have had diplomatic relations since {y}.",
            4 => $"{Name(x)} and {Name(z)} established formal diplomatic relations in {DatePhrases.Month(y, m)}.",
            5 => $"{Name(x)} recognised {Name(z)} in {y} and the two countries established diplomatic relations on {dates.Day(y, m, d)}.",
            6 => $"{Name(x)} and {Name(z)} have had diplomatic relations since {y}.",
            7 => $"{Name(x)} and the former government of {Name(z)} established formal diplomatic relations on {dates.Day(y, m, d)}.",
            _ => $"Diplomatic relations were established in {y}, when {Name(x)} opened a legation in {Capital(z)}.",
        };
    }

    private string MissionSentences()
    {
        var (x, z) = dice.Chance(0.5) ? (a, b) : (b, a);
        return dice.Next(7) switch
        {
            0 => $"{Name(x)} maintains an embassy in {Capital(z)} and {Name(z)} maintains an embassy in {Capital(x)}.",
            1 => $"{Name(x)} has an embassy in {Capital(z)}. {Name(z)} has a consulate-general in {City(x)}.",
            2 => $"{Name(x)} maintains an embassy in {Capital(z)}, while {Name(z)} is accredited to {Name(x)} from its embassy in {Capital(Third())}.",
            3 => $"{Name(z)} has an embassy in {Capital(x)} and a consulate in {City(x)}; {Name(x)} has an embassy in {Capital(z)}.",
            4 => $"Neither country has a resident embassy in the other; {Name(x)} is represented in {Name(z)} through its embassy in {Capital(Third())}.",
            5 => $"{Name(x)} opened an embassy in {Capital(z)} in {dice.Between(established, 2024)}.",
            _ => $"{Name(x)} has a consulate-general in {City(z)}.",
        };
    }

    /// <summary>2–4 See also items: other generated relations of A or B, an unresolvable pair, "Foreign relations of", a topic.</summary>
    private List<string> SeeAlsoItems()
    {
        if (dice.Chance(0.08))
        {
            return [];
        }

        var items = new List<string>();
        var related = plan.RelationsOf(a).Concat(plan.RelationsOf(b)).Where(i => i != article.Index).ToList();
        var wanted = dice.Between(2, 4);
        if (related.Count > 0 && dice.Chance(0.75))
        {
            foreach (var i in dice.Sample(related, dice.Between(1, 2)))
            {
                var other = plan.Articles[i];
                items.Add(dice.Chance(0.1)
                    ? $"{Name(other.Second)}–{Name(other.First)} relations"
                    : $"{Name(other.First)}–{Name(other.Second)} relations");
            }
        }

        if (dice.Chance(0.3))
        {
            var x = Either();
            var z = Third();
            if (!plan.HasPair(x, z))
            {
                items.Add($"{Name(x)}–{Name(z)} relations");
            }
        }

        var kinds = new List<int> { 0, 1, 2, 3 };
        dice.Shuffle(kinds);
        foreach (var kind in kinds)
        {
            if (items.Count >= wanted)
            {
                break;
            }

            var x = Either();
            items.Add(kind switch
            {
                0 => $"Foreign relations of {Name(x)}",
                1 => $"{Plural(x)} in {Name(Other(x))}",
                2 => $"{Adj(x)} people in {Name(Other(x))}",
                _ => $"List of ambassadors of {Name(x)} to {Name(Other(x))}",
            });
        }

        var distinct = items.Distinct(StringComparer.Ordinal).Take(4).ToList();
        dice.Shuffle(distinct);
        return distinct;
    }

    private (List<string> Lines, string Title) ComposeForeignRelations()
    {
        var x = article.First;
        var title = $"Foreign relations of {Name(x)}";
        lines.Add($"= {title} =");
        lines.Add(string.Empty);
        Paragraph($"{Name(x)} maintains diplomatic relations with {dice.Between(90, 190)} countries. Its foreign policy is directed by the Ministry of Foreign Affairs in {Capital(x)}.");
        var partners = plan.RelationsOf(x).Select(i => plan.Articles[i]).ToList();
        Heading(2, "Bilateral relations");
        lines.Add(string.Empty);
        foreach (var p in partners.Take(40))
        {
            var other = p.First == x ? p.Second : p.First;
            lines.Add($"- {Name(other)}: see {Name(p.First)}–{Name(p.Second)} relations");
        }

        for (var i = 0; i < 8; i++)
        {
            Paragraph(Undated());
        }

        Heading(2, "See also");
        lines.Add($"- Diplomatic missions of {Name(x)}");
        lines.Add($"- Visa requirements for {Adj(x)} citizens");
        return (lines, title);
    }
}
