using System.Globalization;

namespace Relations.Web.Generation;

/// <summary>The sentences: dated events of each kind (visits, aid, agreements, trade, condolences, cooling), undated remarks, extra sections.</summary>
internal sealed partial class ArticleComposer
{
    private static readonly string[] Topics =
    [
        "scientific and technical cooperation", "trade and payments", "cultural exchange", "air services", "the avoidance of double taxation",
        "investment protection", "visa exemption for diplomatic passport holders", "fisheries", "education", "health", "tourism",
        "maritime transport", "agriculture", "defence cooperation", "consular affairs", "energy", "customs cooperation",
    ];

    private static readonly string[] Commodities = ["rice", "wheat", "maize", "fertiliser", "cement", "steel", "sugar", "cotton", "coal"];

    private static readonly string[] Items = ["tractors", "buses", "ambulances", "sets of uniforms", "rifles", "trucks", "water pumps", "hospital beds", "computers"];

    private static readonly string[] Disasters = ["earthquake", "floods", "cyclone", "hurricane", "tsunami", "drought", "landslides"];

    private static readonly string[] Reasons =
    [
        "a trade dispute", "the treatment of migrant workers", "a border incident", "diverging positions at the United Nations",
        "unpaid debts", "investment disputes", "the arrest of a diplomat", "rival claims of leadership in the region",
    ];

    private static readonly string[] Goods =
    [
        "machinery", "textiles", "coffee", "crude oil", "rice", "pharmaceuticals", "vehicles", "electronics", "fish", "timber", "cocoa", "phosphates",
    ];

    private static readonly string[] Organisations =
    [
        "Non-Aligned Movement", "Group of 77", "World Trade Organization", "Organisation of Islamic Cooperation", "Commonwealth of Nations",
        "Organization of American States", "African Union", "Francophonie", "Asia-Pacific Economic Cooperation",
    ];

    private static readonly string[] Fields = ["education", "public health", "agriculture", "energy", "tourism", "sport", "disaster relief", "telecommunications"];

    private static readonly string[] Historians = ["Balazs Szalontai", "Charles K. Armstrong", "Odd Arne Westad", "Jeremy Friedman", "Sergey Radchenko", "Piero Gleijeses"];

    private static readonly string[] MourningDays = ["one", "two", "three"];

    private static readonly string[] MissionHeadings = ["Diplomatic missions", "Resident diplomatic missions", "Embassies"];

    private static readonly string[] EmptyHeadings = ["Further reading", "Gallery", "Trade", "References", "Notes"];

    private enum EventKind
    {
        Visit,
        Aid,
        Agreement,
        Trade,
        Condolence,
        Cooling,
        Other,
    }

    private static readonly (EventKind Item, double Weight)[] EventWeights =
    [
        (EventKind.Visit, 30), (EventKind.Aid, 12), (EventKind.Agreement, 15), (EventKind.Trade, 10),
        (EventKind.Condolence, 5), (EventKind.Cooling, 10), (EventKind.Other, 12),
    ];

    private void History(int budget)
    {
        Heading(2, dice.Chance(0.9) ? "History" : "Historical background");
        var events = new List<(int Year, string Text)>();
        var length = 0;
        var guard = 0;
        while (length < budget && guard++ < 200)
        {
            var from = Math.Max(1945, established - (dice.Chance(0.1) ? 10 : 0));
            var e = Event(dice.Between(from, 2025));
            events.Add(e);
            length += e.Text.Length + 1;
        }

        events = events.OrderBy(e => e.Year).ToList();
        if (dice.Chance(0.2))
        {
            events.Insert(0, (established, EstablishmentSentence()));
        }

        var eras = dice.Chance(0.35)
            ? new (string? Name, int Until)[] { (null, 1950), (dice.Chance(0.5) ? "Cold War" : "Cold War era", 1991), (dice.Chance(0.5) ? "After the Cold War" : "1990s", 2000), ("21st century", 9999) }
            : [(null, 9999)];
        var start = 0;
        foreach (var (name, until) in eras)
        {
            var end = start;
            while (end < events.Count && events[end].Year < until)
            {
                end++;
            }

            if (end == start)
            {
                continue;
            }

            if (name is not null)
            {
                Heading(3, name);
            }

            Paragraphs(events.GetRange(start, end - start).Select(e => e.Text).ToList());
            start = end;
        }
    }

    /// <summary>Groups sentences into paragraphs of 2–6, with the odd undated remark or bullet list.</summary>
    private void Paragraphs(List<string> sentences)
    {
        for (var i = 0; i < sentences.Count;)
        {
            var n = Math.Min(sentences.Count - i, dice.Between(2, 6));
            var paragraph = sentences.GetRange(i, n);
            if (dice.Chance(0.3))
            {
                paragraph.Insert(dice.Next(paragraph.Count + 1), Undated());
            }

            Paragraph(string.Join(' ', paragraph));
            i += n;
            if (dice.Chance(0.04))
            {
                lines.Add(string.Empty);
                lines.Add($"- {Name(a)} has an embassy in {Capital(b)}.");
                lines.Add($"- {Name(b)} has an embassy in {Capital(a)}.");
            }
        }
    }

    private (int Year, string Text) Event(int year)
    {
        var kind = dice.Weighted(EventWeights);
        var text = kind switch
        {
            EventKind.Visit => Visit(year),
            EventKind.Aid => Aid(year),
            EventKind.Agreement => Agreement(year),
            EventKind.Trade => Trade(year),
            EventKind.Condolence => Condolence(year),
            EventKind.Cooling => Cooling(year),
            _ => Miscellaneous(year),
        };
        return (year, text);
    }

    private string Visit(int year)
    {
        var x = Either();
        var z = Other(x);
        var p = Leader(x, year);
        var host = Leader(z, year);
        var m = dates.RandomMonth();
        var d = dates.RandomDay();
        return dice.Next(11) switch
        {
            0 => $"{p.Role} {p.Name} of {Name(x)} visited {Name(z)} in {DatePhrases.Month(year, m)}.",
            1 => $"{p.Role} {p.Name} made an official visit to {Name(z)} on {dates.Day(year, m, d)}.",
            2 => $"In {DatePhrases.Month(year, m)}, {Adj(x)} {p.Role} {p.Name} paid a state visit to {Name(z)}.",
            3 => $"{p.Name}, then {Name(x)}'s {p.Role}, travelled to {Capital(z)} in {year} and met {host.Role} {host.Name}.",
            4 => $"{p.Role} {p.Name} visited {Name(z)} on {dates.DayRange(year, m, Math.Min(d, 25), Math.Min(d, 25) + dice.Between(1, 3))}.",
            5 => $"{Adj(x)} {p.Role.ToLowerInvariant()} {p.Name} visited {Name(z)} in {DatePhrases.MonthRange(year, Math.Min(m, 11))}.",
            6 => $"{p.Role} {p.Name} arrived in {Capital(z)} on {dates.Day(year, m, d)}. On {dates.DayPair(m, Math.Min(d, 26) + 1, Math.Min(d, 26) + 2)}, {p.Name} held talks with {host.Role} {host.Name}.",
            7 => $"{p.Name} visited {Name(z)} in {year}, the first visit by {Article(Adj(x))} {Adj(x)} head of state to the country.",
            8 => $"{Adj(z)} {host.Role} {host.Name} received {p.Role} {p.Name} in {Capital(z)} on {dates.Day(year, m, d)}.",
            9 => $"{p.Role} {p.Name} of {Name(x)} visited {Name(z)} in {DatePhrases.Month(year, m)} and again in {DatePhrases.Month(Math.Min(2025, year + dice.Between(1, 6)), dates.RandomMonth())}.",
            _ => $"{dates.Opening(year)} {p.Name} led a delegation of the {Adj(x)} government to {Capital(z)}.",
        };
    }

    private string Aid(int year)
    {
        var donor = Either();
        var recipient = Other(donor);
        var m = dates.RandomMonth();
        switch (dice.Next(7))
        {
            case 0:
                return $"In {year}, {Name(donor)} sent {Thousands(dice.Between(1, 60) * 500)} tonnes of {dice.Pick(Commodities)} to {Name(recipient)}.";
            case 1:
                var first = Math.Min(year, 2020);
                var figures = Enumerable.Range(first, dice.Between(2, 4)).Select((y, i) =>
                    $"{y}: {Decimal(dice.Between(20, 250) / 10.0)} million{(i == 0 ? " " + CurrencyWord(donor, y) : string.Empty)}");
                return $"{Name(donor)} provided {(dice.Chance(0.5) ? "substantial economic and military " : string.Empty)}aid to {Name(recipient)} ({string.Join("; ", figures)}).";
            case 2:
                return $"In {DatePhrases.Month(year, m)}, {Name(donor)} granted {Name(recipient)} a loan of {Money(donor, year, dice.Between(5, 900) / 10.0)}.";
            case 3:
                return $"{Name(donor)} donated {Thousands(dice.Between(2, 120) * 10)} {dice.Pick(Items)} to {Name(recipient)} in {year}.";
            case 4:
                return $"After the {dice.Pick(Disasters)} of {dates.Day(year, m, dates.RandomDay())}, {Name(donor)} pledged {Money(donor, year, dice.Between(1, 200) / 10.0)} in humanitarian aid to {Name(recipient)}.";
            case 5:
                return $"In {year}, approximately {Thousands(dice.Between(2, 40) * 50)} {Adj(recipient)} students and trainees received education for free in {Name(donor)}.";
            default:
                return $"In {dates.Decade(year)}, {Name(donor)} sent a {dice.Between(20, 400)}-man work brigade to {Name(recipient)} to assist with the harvest.";
        }
    }

    private string Agreement(int year)
    {
        var m = dates.RandomMonth();
        var d = dates.RandomDay();
        return dice.Next(6) switch
        {
            0 => $"In {DatePhrases.Month(year, m)}, the two governments concluded an agreement on {dice.Pick(Topics)}.",
            1 => $"On {dates.Day(year, m, d)}, {Name(a)} and {Name(b)} signed a treaty of friendship and cooperation.",
            2 => $"A memorandum of understanding on {dice.Pick(Topics)} was signed in {Capital(Either())} in {year}.",
            3 => $"{Name(a)} and {Name(b)} signed an agreement on {dice.Pick(Topics)} on {dates.Day(year, m, d)}.",
            4 => $"Between {year} and {Math.Min(2025, year + dice.Between(2, 8))}, the two countries signed {dice.Between(3, 25)} agreements, including on {dice.Pick(Topics)} and {dice.Pick(Topics)}.",
            _ => $"{dates.Opening(year)} the foreign ministers of both countries signed a protocol on {dice.Pick(Topics)}.",
        };
    }

    private string Trade(int year)
    {
        var x = Either();
        var z = Other(x);
        var m = dates.RandomMonth();
        return dice.Next(6) switch
        {
            0 => $"Bilateral trade reached {Money(x, year, dice.Between(5, 3000) / 10.0, dollars: true)} in {year}.",
            1 => $"In {year}, {Name(a)} and {Name(b)} established a joint economic commission, which first met in {Capital(x)} in {DatePhrases.Month(Math.Min(2025, year + 1), m)}.",
            2 => $"Trade between the two countries declined in {dates.Decade(year)}.",
            3 => $"In {DatePhrases.Month(year, m)}, {Name(x)} and {Name(z)} established a barter trade system.",
            4 => $"{Adj(x)} companies invested {Money(x, year, dice.Between(10, 5000) / 10.0, dollars: true)} in {Name(z)} between {year} and {Math.Min(2025, year + dice.Between(2, 10))}.",
            _ => $"From {year}, {Name(x)} granted duty-free access to {Adj(z)} {dice.Pick(Goods)}.",
        };
    }

    private string Condolence(int year)
    {
        var x = Either();
        var z = Other(x);
        var dead = Leader(x, year);
        var m = dates.RandomMonth();
        return dice.Next(3) switch
        {
            0 => $"After the death of {dead.Role} {dead.Name} in {year}, the {Adj(z)} government declared a {dice.Pick(MourningDays)}-day mourning period and sent an official delegation to the funeral.",
            1 => $"{Name(z)} sent condolences to {Name(x)} after the {dice.Pick(Disasters)} of {dates.Day(year, m, dates.RandomDay())}.",
            _ => $"{Leader(z, year).Role} {Leader(z, year).Name} visited the {Adj(x)} embassy in {Capital(z)} to pay respects in {DatePhrases.Month(year, m)}.",
        };
    }

    private string Cooling(int year)
    {
        var x = Either();
        var z = Other(x);
        var m = dates.RandomMonth();
        return dice.Next(7) switch
        {
            0 => $"From {year}, however, relations between {Capital(a)} and {Capital(b)} started to deteriorate over {dice.Pick(Reasons)}.",
            1 => $"Relations cooled in {dates.Decade(year)} after {Name(x)} recognised {Name(Third())} in a dispute with {Name(z)}.",
            2 => $"In {DatePhrases.Month(year, m)}, {Name(x)} recalled its ambassador from {Capital(z)}.",
            3 => $"Until {year}, {Name(x)} was one of the few countries to maintain an embassy in {Capital(z)}.",
            4 => $"Relations were suspended between {year} and {Math.Min(2025, year + dice.Between(1, 12))} and restored on {dates.Day(Math.Min(2025, year + dice.Between(1, 12)), m, dates.RandomDay())}.",
            5 => $"In {dates.Decade(year)}, relations between the two countries declined due to {dice.Pick(Reasons)}.",
            _ => $"On {dates.Day(year, m, dates.RandomDay())}, {Name(x)} established diplomatic relations with {Name(Third())}, leading to a cooling in the relationship.",
        };
    }

    private string Miscellaneous(int year)
    {
        var x = Either();
        var z = Other(x);
        var p = Leader(x, year);
        var m = dates.RandomMonth();
        return dice.Next(6) switch
        {
            0 => $"In {year}, {Article(Adj(x))} {Adj(x)} delegation led by {p.Name} attended the {Ordinal(dice.Between(10, 75))} anniversary celebrations in {Capital(z)}.",
            1 => $"{Name(x)} and {Name(z)} held their first round of political consultations in {Capital(x)} in {DatePhrases.Month(year, m)}.",
            2 => $"Between {year} and {Math.Min(2025, year + dice.Between(2, 6))}, about {Thousands(dice.Between(5, 300) * 10)} {Adj(z)} students studied at universities in {Name(x)}.",
            3 => $"In {year}, the two countries held {Article(Adj(x))} {Adj(x)} culture week in {Capital(z)}.",
            4 => $"{dates.Opening(year)} {Name(x)} opened a trade office in {City(z)}.",
            _ => $"During {dates.Decade(year)}, {Name(x)} supported {Name(z)} in the United Nations on several occasions.",
        };
    }

    private string Undated()
    {
        var x = Either();
        var z = Other(x);
        return dice.Next(8) switch
        {
            0 => $"Both countries are members of the United Nations and the {dice.Pick(Organisations)}.",
            1 => $"{Name(x)} has been one of {Name(z)}'s most consistent partners.",
            2 => "Relations between the two countries have been described as cordial but limited.",
            3 => $"{Adj(x)} media has historically portrayed {Plural(z)} as friends.",
            4 => $"The two countries cooperate in {dice.Pick(Fields)} and {dice.Pick(Fields)}.",
            5 => $"According to historian {dice.Pick(Historians)}, {Name(z)} came to resent what it saw as {Name(x)}'s self-centred behaviour.",
            6 => $"{Name(x)} mainly exports {dice.Pick(Goods)} and {dice.Pick(Goods)} to {Name(z)}, while {Name(z)} exports {dice.Pick(Goods)}.",
            _ => $"There is a small {Adj(x)} community in {Name(z)}.",
        };
    }

    private void MissionsSection()
    {
        Heading(2, dice.Pick(MissionHeadings));
        lines.Add(string.Empty);
        foreach (var x in new[] { a, b })
        {
            var z = Other(x);
            lines.Add(dice.Next(4) switch
            {
                0 => $"- {Name(x)} has an embassy in {Capital(z)}.",
                1 => $"- {Name(x)} has an embassy in {Capital(z)} and a consulate-general in {City(z)}.",
                2 => $"- {Name(x)} is accredited to {Name(z)} from its embassy in {Capital(Third())}.",
                _ => $"- {Name(x)} has an honorary consulate in {City(z)}.",
            });
        }
    }

    private void EconomySection()
    {
        Heading(2, dice.Chance(0.5) ? "Economic relations" : "Trade");
        var split = dice.Chance(0.4);
        if (split)
        {
            Heading(3, "Trade");
        }

        Paragraph($"{Trade(dice.Between(Math.Max(established, 1990), 2025))} {Undated()}");
        if (split)
        {
            Heading(3, "Investment");
        }

        Paragraph(Trade(dice.Between(Math.Max(established, 1990), 2025)));
    }

    private void CultureSection()
    {
        Heading(2, dice.Chance(0.5) ? "Cultural relations" : "Education");
        Paragraph($"{Miscellaneous(dice.Between(Math.Max(established, 1960), 2025))} {Undated()}");
    }

    private void EmptySection() => Heading(2, dice.Pick(EmptyHeadings));

    private string Money(int country, int year, double millions, bool dollars = false)
    {
        var amount = millions >= 1000 ? $"{Decimal(millions / 1000)} billion" : $"{Decimal(millions)} million";
        return (dollars ? "dollars" : CurrencyWord(country, year)) switch
        {
            "euros" => $"€{amount}",
            "pounds" => $"£{amount}",
            "rubles" => $"{amount} rubles",
            "yuan" => $"{amount} yuan",
            "yen" => $"¥{amount}",
            _ => $"US${amount}",
        };
    }

    private string CurrencyWord(int country, int year) => Name(country) switch
    {
        "Russia" or "Belarus" or "Ukraine" or "Kazakhstan" => "rubles",
        "China" => "yuan",
        "Japan" => "yen",
        "United Kingdom" => "pounds",
        "France" or "Germany" or "Italy" or "Spain" or "Netherlands" or "Belgium" or "Austria" or "Finland" or "Portugal" or "Greece"
            or "Ireland" or "Luxembourg" when year >= 1999 => "euros",
        _ when NameCultures.Of(Name(country)) == Culture.Slavic && year < 1991 => "rubles",
        _ => "dollars",
    };

    private static string Decimal(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Thousands(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch
        {
            1 => $"{n}st",
            2 => $"{n}nd",
            3 => $"{n}rd",
            _ => $"{n}th",
        },
    };

    private static string Article(string word) => "AEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
