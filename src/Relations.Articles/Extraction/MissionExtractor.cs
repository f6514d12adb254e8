using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Syntax;

namespace Relations.Articles.Extraction;

/// <summary>
/// Resident missions between the two parties: infobox MissionN values ("Embassy of North Korea, Hanoi") and
/// prose or list lines ("Cuba maintains an embassy in Pyongyang", "the North Korean embassy in Cuba",
/// "a consulate-general in Ho Chi Minh City"). One mission per sending/host/kind/city; a mention without
/// a city merges into one with a city.
/// </summary>
public static partial class MissionExtractor
{
    public static IReadOnlyList<MissionFact> Extract(WikiDocument document, AnalysedArticle article)
    {
        var parties = article.Parties;
        var gazetteer = article.Gazetteer;
        var found = new List<MissionFact>();
        foreach (var entry in document.Infobox.Where(e => e.Key.StartsWith("Mission", StringComparison.OrdinalIgnoreCase)))
        {
            var source = new Provenance(document.File, entry.Line, "Infobox", 0, $"{entry.Key}: {entry.Value}");
            if (FromInfobox(entry.Value, parties, gazetteer, source) is { } mission)
            {
                found.Add(mission);
            }
        }

        foreach (var s in article.Sentences)
        {
            if (s.Text.Contains("mbass", StringComparison.Ordinal) || s.Text.Contains("onsul", StringComparison.Ordinal) || s.Text.Contains("ommission", StringComparison.Ordinal) || s.Text.Contains("ffice", StringComparison.Ordinal) || s.Text.Contains("ection", StringComparison.Ordinal) || s.Text.Contains("rade mission", StringComparison.OrdinalIgnoreCase))
            {
                found.AddRange(FromProse(s.Text, s.Countries, parties, gazetteer, s.Sentence.Source));
                if (s.Text.Contains(" other", StringComparison.Ordinal))
                {
                    found.AddRange(FromEachOther(s.Text, parties, s.Sentence.Source));
                }
            }
        }

        return Merge(found);
    }

    /// <summary>
    /// "Moscow kept an embassy in Damascus": a party's capital opening the clause stands for its government.
    /// </summary>
    private static CountryMention? CapitalBefore(string text, int kindAt, RelationTitle parties, Gazetteer gazetteer)
    {
        var clauseStart = text.AsSpan(0, kindAt).LastIndexOfAny(";.,") + 1;
        var subject = CapitalSubject().Match(text, clauseStart, kindAt - clauseStart);
        if (!subject.Success)
        {
            return null;
        }

        var city = subject.Groups["city"].Value;
        return gazetteer.FindByCity(city) is { } country && string.Equals(country.Capital, city, StringComparison.Ordinal) && Party(country, parties, gazetteer) is not null
            ? new CountryMention(country, subject.Groups["city"].Index, city.Length, city, false)
            : null;
    }

    [GeneratedRegex(@"\G\s*(?<city>\p{Lu}[\p{L}'’-]+)\s+(?:(?:also|later|still)\s+){0,2}(?:kept|keeps|maintained|maintains|has|had|opened|opens|operated|operates|ran|runs)\b")]
    private static partial Regex CapitalSubject();

    /// <summary>"Embassy of North Korea, Hanoi", "Embassy of Vietnam in Pyongyang", "Consulate-General of Cuba, Nampo".</summary>
    public static MissionFact? FromInfobox(string value, RelationTitle parties, Gazetteer gazetteer, Provenance source)
    {
        var m = InfoboxMission().Match(value.Trim());
        if (!m.Success)
        {
            return null;
        }

        var sending = Party(gazetteer.Find(m.Groups["sender"].Value), parties, gazetteer);
        if (sending is null)
        {
            return null;
        }

        var (host, city) = Place(m.Groups["place"].Success ? m.Groups["place"].Value : null, sending, parties, gazetteer);
        return host is null ? null : new MissionFact(sending.Name, host.Name, Kind(m.Groups["kind"].Value), city, value.Trim(), source);
    }

    public static IEnumerable<MissionFact> FromProse(string text, IReadOnlyList<CountryMention> mentions, RelationTitle parties, Gazetteer gazetteer, Provenance source)
    {
        CountryMention? previous = null;
        var previousEnd = -1;
        foreach (Match m in ProseMission().Matches(text))
        {
            // "a consulate-general in Savannakhet and another in Pakse": the same sender and kind again.
            var another = AnotherIn().Match(text, m.Index + m.Length);

            // The sender is the country named closest before the word "embassy", within the same clause.
            // "Mongolia, for its part, has an embassy": an aside between commas may come between.
            // "Bulgaria is represented in Iraq by an embassy": the country it is represented in is the host.
            var before = mentions.LastOrDefault(c => c.Start + c.Length <= m.Index && m.Index - (c.Start + c.Length) <= 60
                && (!text.AsSpan(c.Start + c.Length, m.Index - (c.Start + c.Length)).ContainsAny(";.,")
                    || AsideThenVerb().IsMatch(text.AsSpan(c.Start + c.Length, m.Index - (c.Start + c.Length))))
                && !text.AsSpan(0, c.Start).EndsWith("represented in ", StringComparison.Ordinal));
            if (m.Groups["sender"].Success)
            {
                before = mentions.FirstOrDefault(c => c.Start == m.Groups["sender"].Index) ?? before;
            }

            before ??= CapitalBefore(text, m.Index, parties, gazetteer);

            // "consulates-general in Mendoza and Córdoba, a consulate in Bariloche": a list goes on with the same sender.
            if (previous is not null && previousEnd <= m.Index && ListGoesOn().IsMatch(text[previousEnd..m.Index]))
            {
                before = previous;
            }

            previous = before;
            previousEnd = m.Index + m.Length;

            // "A Hungarian trade mission visited Addis Ababa", "an Indian trade mission led by X attended the fair": a delegation
            // on a journey, not a resident mission.
            if (!m.Groups["place"].Success && TravellingTradeMission().IsMatch(text, m.Index))
            {
                continue;
            }

            if (before is null || NegatedOrPast().IsMatch(text[Math.Min(before.Start, m.Index)..m.Index]))
            {
                continue;
            }

            var sending = Party(before.Country, parties, gazetteer);
            if (sending is null)
            {
                continue;
            }

            var places = Places(text, m.Groups["place"], gazetteer);

            // "in Lourenço Marques, which was renamed Maputo the following year", "in Saigon (now Ho Chi Minh City)": the city
            // by the name it has now.
            if (places.Count > 0 && Renamed().Match(text, m.Index + m.Length) is { Success: true } renamed)
            {
                places[^1] = renamed.Groups["place"].Value;
            }
            if (another.Success && m.Groups["place"].Success)
            {
                places.AddRange(Places(text, another.Groups["place"], gazetteer));
            }

            foreach (var place in places.DefaultIfEmpty(null))
            {
                var (host, city) = Place(place, sending, parties, gazetteer);
                if (host is not null)
                {
                    // An honorary consulate is not a career mission: kind "other".
                    var kind = Honorary().IsMatch(text.AsSpan(0, m.Index)) ? "other" : Kind(m.Groups["kind"].Value);
                    yield return new MissionFact(sending.Name, host.Name, kind, city, null, source);
                }
            }
        }
    }

    /// <summary>
    /// "Each country has an embassy in the other's capital", "both maintain embassies in each other's capitals": one
    /// mission each way, in the host's capital when the sentence says so (the gazetteer's capital), else in no named city.
    /// </summary>
    public static IEnumerable<MissionFact> FromEachOther(string text, RelationTitle parties, Provenance source)
    {
        foreach (Match m in EachOtherMission().Matches(text))
        {
            if (NegatedOrPast().IsMatch(m.ValueSpan))
            {
                continue;
            }

            var kind = Kind(m.Groups["kind"].Value);
            var inCapital = m.Groups["capital"].Success;
            yield return new MissionFact(parties.First.Name, parties.Second.Name, kind, inCapital ? parties.Second.Capital : null, null, source);
            yield return new MissionFact(parties.Second.Name, parties.First.Name, kind, inCapital ? parties.First.Capital : null, null, source);
        }
    }

    /// <summary>
    /// The places a mission sentence lists, each once: a city whose name holds a comma ("an embassy in Washington, D.C.,
    /// and consulates …") is one place, not two.
    /// </summary>
    private static List<string> Places(string text, Group place, Gazetteer gazetteer)
    {
        var places = new List<string>();
        var lastEnd = -1;
        foreach (Capture c in place.Captures)
        {
            // "a consulate-general in Rostock, the Baltic port through which …": a description of the city before, not a city.
            var end = c.Index + c.Length;
            if (places.Count > 0 && c.Value.StartsWith("the ", StringComparison.Ordinal) && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]))
            {
                lastEnd = end;
                continue;
            }

            // "raised to an embassy in January 1973": a month is a date, not a place.
            if (PersonRecogniserLexicon.MonthsAndDays.Contains(c.Value))
            {
                break;
            }

            // "an embassy in Zanzibar Town, and Abdulrahman Mohamed Babu, Zanzibar's minister …, flew": after ", and" a new
            // clause may begin, so only a city the gazetteer knows goes on the list; an owner ("Zanzibar's") never does.
            if (places.Count > 0 && (c.Value.EndsWith("'s", StringComparison.Ordinal) || c.Value.EndsWith("’s", StringComparison.Ordinal)
                || (text.AsSpan(lastEnd, c.Index - lastEnd).Contains(", and", StringComparison.Ordinal) && gazetteer.FindByCity(c.Value) is null)))
            {
                break;
            }

            if (places.Count > 0 && text.AsSpan(lastEnd, c.Index - lastEnd).Trim().SequenceEqual(",")
                && text[(lastEnd - places[^1].Length)..(c.Index + c.Length)] is var joined && gazetteer.FindByCity(joined) is not null)
            {
                places[^1] = joined;
            }
            else
            {
                places.Add(c.Value);
            }

            lastEnd = c.Index + c.Length;
        }

        return places;
    }

    private static List<MissionFact> Merge(List<MissionFact> found)
    {
        var merged = new List<MissionFact>();
        foreach (var m in found.OrderBy(m => m.City is null))
        {
            var same = merged.FirstOrDefault(x => x.Sending == m.Sending && x.Host == m.Host && x.Kind == m.Kind
                && (m.City is null || string.Equals(x.City, m.City, StringComparison.OrdinalIgnoreCase)));
            if (same is null)
            {
                merged.Add(m);
            }
        }

        return merged.OrderBy(m => found.IndexOf(m)).ToList();
    }

    /// <summary>The party of the relation that <paramref name="country"/> is or was (North Vietnam counts as Vietnam).</summary>
    private static Country? Party(Country? country, RelationTitle parties, Gazetteer gazetteer) =>
        country is null ? null
        : gazetteer.CountsAs(country, parties.First) ? parties.First
        : gazetteer.CountsAs(country, parties.Second) ? parties.Second
        : null;

    /// <summary>The host and city: "Hanoi" → Vietnam, Hanoi; "Cuba" → Cuba, no city; an unknown city → the other party.</summary>
    private static (Country? Host, string? City) Place(string? place, Country sending, RelationTitle parties, Gazetteer gazetteer)
    {
        var other = sending == parties.First ? parties.Second : parties.First;
        if (string.IsNullOrWhiteSpace(place))
        {
            return (other, null);
        }

        // A full stop at the end closes the sentence, not the name, unless it closes an abbreviation ("Washington, D.C.").
        place = place.Trim().TrimEnd(',');
        if (place.EndsWith('.') && !EndsWithAbbreviation(place))
        {
            place = place.TrimEnd('.', ',');
        }

        if (gazetteer.Find(place) is { } country)
        {
            return (Party(country, parties, gazetteer) == other ? other : null, null);
        }

        if (gazetteer.FindByCity(place) is { } cityCountry)
        {
            // "its embassy in Bonn" in an East Germany article: a city of the successor that was another predecessor's.
            var party = Party(cityCountry, parties, gazetteer);
            var siblings = party is not null && party != cityCountry ? gazetteer.PredecessorWithCity(cityCountry, place) : null;
            return (party == other && (siblings is null || siblings == party) ? other : null, place);
        }

        return (other, place);
    }

    // "D.C.", "U.S.": the last word has a full stop before its final one.
    private static bool EndsWithAbbreviation(string place)
    {
        var lastWord = place.AsSpan(place.LastIndexOf(' ') + 1);
        return lastWord.Length > 2 && lastWord[..^1].Contains('.');
    }

    private static string Kind(string words)
    {
        var w = words.ToUpperInvariant().Replace('‐', '-').Replace(' ', '-');
        return w switch
        {
            _ when w.StartsWith("CONSUL", StringComparison.Ordinal) && w.Contains("GENERAL", StringComparison.Ordinal) => "consulate-general",
            _ when w.StartsWith("CONSUL", StringComparison.Ordinal) => "consulate",
            _ when w.Contains("EMBASS", StringComparison.Ordinal) || w.Contains("HIGH-COMMISSION", StringComparison.Ordinal) => "embassy",
            _ => "other",
        };
    }

    // A place name: capitalised words, with "de"/"la"… inside ("Santiago de Cuba"); a list repeats it ("in Osaka, Fukuoka and Sapporo").
    private const string PlaceWords = @"(?<place>(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:(?:" + Gazetteer.PlaceParticles + @")\s+)?[A-Z][\p{L}'’.-]*)*)";

    private const string KindWords = @"(?<kind>[Ee]mbass(?:y|ies)|[Cc]onsulates?[- ][Gg]eneral|[Cc]onsulates?|[Hh]igh [Cc]ommission|[Ll]iaison [Oo]ffice|[Rr]epresentative [Oo]ffice|[Tt]rade [Oo]ffice|[Tt]rade [Mm]ission|[Ii]nterests [Ss]ection)";

    // "Embassy of North Korea, Hanoi" / "Embassy of Vietnam in Pyongyang" / "North Korean Embassy, Hanoi" is handled by prose.
    [GeneratedRegex(@"^" + KindWords + @"\s+of\s+(?:the\s+)?(?<sender>[^,]+?)(?:\s*,\s*|\s+in\s+)(?<place>[^,()]+?)(?:\s*\(.*\))?\s*$|^" + KindWords + @"\s+of\s+(?:the\s+)?(?<sender>[^,]+?)\s*$")]
    private static partial Regex InfoboxMission();

    // "… an embassy in Pyongyang", "… embassy in Cuba", "… a consulate-general in Ho Chi Minh City"; the sender is found before it.
    // "Embassy of Cuba in Pyongyang" names its sender after it; "a consulate operated in Beira from 1980", "a consulate-general
    // opened in Kompong Som in 1983", "a consulate followed in Beira" have a verb between;
    // "a consulate in the southern port of Lobito", "in the Black Sea port of Varna", "in the Khormaksar district of Aden"
    // describe its city.
    [GeneratedRegex(KindWords + @"(?:\s+of\s+(?:the\s+)?(?<sender>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?(?:(?:\s+(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?(?:(?:also|later|still|briefly)\s+)?(?:operated|operates|functioned|functions|existed|exists|opened|reopened|followed|established))?\s+(?:in|at)\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}?(?:port|city|town|harbou?r|district|quarter|suburb)\s+of\s+)?" + PlaceWords + @"(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)" + PlaceWords + @")*)?")]
    private static partial Regex ProseMission();

    [GeneratedRegex(@"\G[Tt]rade\s+[Mm]ission\s+(?:(?:led|headed)\s+by\b|(?:visited|toured|travell?ed|went|came|arrived|attended|showed|exhibited|spent|returned|flew)\b)")]
    private static partial Regex TravellingTradeMission();

    [GeneratedRegex(@"\G(?:\s*,)?\s+and\s+(?:another|one\s+more)\s+(?:in|at)\s+" + PlaceWords)]
    private static partial Regex AnotherIn();

    [GeneratedRegex(@"\G(?:\s*,\s*(?:which|that)\s+(?:was|has\s+been)\s+(?:later\s+|since\s+)?renamed|\s*\((?:now|today|later)\b)\s+" + PlaceWords)]
    private static partial Regex Renamed();

    [GeneratedRegex(@"\b(?:[Ee]ach|[Bb]oth|[Tt]he\s+two)(?:\s+(?:countries|country|states|state|nations|nation|sides|side|governments))?\b[^.;]{0,50}?" + KindWords + @"\s+in\s+(?:the\s+other(?:'s|’s|\s+country(?:'s|’s)?)|each\s+other(?:'s|’s))(?<capital>\s+capitals?\b)?")]
    private static partial Regex EachOtherMission();

    // ", and a", " and an honorary"; after the first mission's date (" in 1976, and a", " in the autumn of 1962, and a") or a
    // description of its city (", the capital of Inner Mongolia, and a"); " in 1948, followed by a second"; ", together
    // with"; " and, until 2002, also ran a".
    [GeneratedRegex(@"^\s*(?:(?:in|from|since)\s+(?:\p{L}+\s+){0,3}\d{4}\s*|,\s*the\s+[^,;.]{1,50})?(?:,\s*and|,|and|,\s*followed\s+by|,\s*(?:together|along)\s+with)(?:\s*,[^,;.]{1,30},)?\s+(?:(?:also|later|still)\s+)?(?:(?:ran|run|runs|had|has|have|kept|keeps|maintained|maintains|opened|opens|operated|operates)\s+)?(?:an?\s+)?(?:(?:second|third|another|new|two|three)\s+)?(?:honorary\s+)?$")]
    private static partial Regex ListGoesOn();

    // ", for its part, has an ", ", too, maintains a ": one aside, then the verb of the mission.
    [GeneratedRegex(@"^\s*,[^,;.]{1,30},\s*(?:(?:also|still|now|later)\s+)?(?:has|had|have|keeps|kept|maintains|maintained|opened|opens|operates|operated|runs|ran)\s+(?:an?\s+|its\s+)?$")]
    private static partial Regex AsideThenVerb();

    [GeneratedRegex(@"\bhonorary\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Honorary();

    // "closed its embassy", "has no embassy", "does not have an embassy" state no resident mission; nor do "proposals for a
    // consulate" or "a planned embassy".
    [GeneratedRegex(@"\b(?:no|not|never|closed|withdrew|withdrawn|shut|without|lacks?|non-resident|accredited|propos(?:al|als|ed|es)|plann(?:ed|ing)|plans?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedOrPast();
}
