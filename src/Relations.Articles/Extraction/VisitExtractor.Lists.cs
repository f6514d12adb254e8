using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>Visits told as the items of a list announced as visits, where an item may name its traveller and no journey.</summary>
public static partial class VisitExtractor
{
    /// <summary>
    /// The words that announce the list sentence <paramref name="index"/> opens as a list of visits: the heading of its section
    /// ("=== State visits ===", with the line before the list: "From Bulgaria to Vietnam:"), or the sentence right before the
    /// list ("High-level visits have included:"); else null.
    /// </summary>
    private static string? VisitListHeading(IReadOnlyList<AnalysedSentence> sentences, int index)
    {
        var item = sentences[index].Sentence;
        if (!item.IsListItem)
        {
            return null;
        }

        // "== High-level visits ==" then "From Bulgaria to Vietnam:" or a caption line "Visits from Laos to North Korea": the
        // line before the list says more than the heading.
        var lead = index > 0 ? sentences[index - 1].Sentence : null;
        var announced = lead is not null && lead.Section == item.Section && lead.Block == item.Block - 1 && !lead.IsListItem
            && (lead.Text.TrimEnd().EndsWith(':') || IsCaption(lead.Text));
        var heading = item.Section.Heading;
        return heading.Contains("visit", StringComparison.OrdinalIgnoreCase) ? (announced ? lead!.Text + " " + heading : heading)
            : announced && (VisitWord().IsMatch(lead!.Text) || (lead.Text.TrimEnd().EndsWith(':') && TravelVerb().IsMatch(lead.Text))) ? lead.Text
            : null;
    }

    /// <summary>
    /// The sentences of the paragraph that announces the list sentence <paramref name="index"/> opens with a colon, its last one
    /// first: "Leaders of the PRK travelled to Moscow frequently. The most significant visits were:".
    /// </summary>
    private static IEnumerable<AnalysedSentence> ListLead(IReadOnlyList<AnalysedSentence> sentences, int index)
    {
        var item = sentences[index].Sentence;
        if (index == 0 || !sentences[index - 1].Text.TrimEnd().EndsWith(':'))
        {
            yield break;
        }

        for (var i = index - 1; i >= 0 && sentences[i].Sentence.Block == item.Block - 1 && sentences[i].Sentence.Section == item.Section && !sentences[i].Sentence.IsListItem; i--)
        {
            yield return sentences[i];
        }
    }

    /// <summary>
    /// The traveller of a list whose lead names one: "Moussa Traoré travelled to Moscow several times:" then "- 9–15 October
    /// 1974, an official visit".
    /// </summary>
    private static PersonMention? ListTraveller(AnalysedSentence lead) =>
        lead.People.Count > 0 && TitlesBefore().IsMatch(lead.Text.AsSpan(0, lead.People[0].Start))
        && TravelVerb().Match(lead.Text, lead.People[0].Start + lead.People[0].Length) is { Success: true } verb
        && WordsOnly().IsMatch(lead.Text.AsSpan(lead.People[0].Start + lead.People[0].Length, verb.Index - lead.People[0].Start - lead.People[0].Length))
            ? lead.People[0]
            : null;

    // A caption over a list rather than a sentence: short, no closing stop, about visits ("Visits from Ghana to the Soviet Union").
    private static bool IsCaption(string line) =>
        line.Length <= 80 && !line.TrimEnd().EndsWith('.') && VisitWord().IsMatch(line);

    /// <summary>
    /// A visit told by an item of a visit list that no verb of travel gives: "- Fidel Castro, at the inauguration of Carlos
    /// Salinas de Gortari on 1 December 1988", "- 2004: Thaksin Shinawatra held the first joint cabinet retreat in
    /// Savannakhet", "- Che Guevara (1960)". The traveller is the person the item opens with (after a date label and
    /// titles); the destination the first of the parties' places the item names after them, else the party the heading
    /// sends visitors to ("Visits to Mexico"), else the party the traveller is not from; a visit for each of its dates.
    /// </summary>
    private static List<VisitFact> ListedVisits(AnalysedArticle article, AnalysedSentence s, Country? headingDestination, PersonMention? listTraveller, List<VisitFact> earlier)
    {
        var text = s.Text;
        if (Unmade().IsMatch(text))
        {
            return [];
        }

        // "- March 1985, for the funeral of Konstantin Chernenko": an item that opens with its date goes on about the
        // traveller of the list's lead, to the place the lead names.
        var fromLead = listTraveller is not null && s.Dates.Count > 0 && s.Dates[0].Start <= 1 && headingDestination is not null;
        var start = ItemLabel().Match(text) is { Success: true } label ? label.Length : 0;
        var traveller = fromLead ? listTraveller : s.People.FirstOrDefault(p => p.Start >= start);
        if (traveller is null || (!fromLead && !TitlesBefore().IsMatch(text.AsSpan(start, traveller.Start - start))))
        {
            return [];
        }

        var person = article.People.PersonOf(traveller);
        var home = article.PersonCountries.GetValueOrDefault(person) ?? HomeByEarlierVisit(article, person, earlier);
        var homeParty = article.Party(home);
        if (home is not null && homeParty is null)
        {
            return [];
        }

        // "- Georgi Parvanov, President of Bulgaria (October 2008)", "President of the Lao PDR": a country after "of" is an
        // office's, not a destination (a city after it is a place: "on the island of Cozumel"); one after "from" is where the
        // journey began ("the first royal visit from Denmark").
        var places = fromLead ? [] : PlacesAfter(article, s, traveller.Start + traveller.Length, text.Length)
            .Where(c => !OfficeOf(text, c.Start) || !s.Countries.Any(m => m.Start == c.Start)).ToList();
        var named = places.Where(c => !From(text, c.Start)).Select(c => article.Party(c.Country)).FirstOrDefault(c => c is not null);
        homeParty ??= places.Where(c => From(text, c.Start)).Select(c => article.Party(c.Country)).FirstOrDefault(c => c is not null);
        var destination = named ?? headingDestination ?? (homeParty is not null ? article.Other(homeParty) : null);
        if (destination is null || destination == homeParty)
        {
            return [];
        }

        // "- Kwame Nkrumah: 14–19 August 1961; 24 February 1966", "- Jerry Rawlings: 1985, 1995": a visit for each date.
        var from = (homeParty ?? article.Other(destination)).Name;
        var clauses = fromLead ? [] : Clauses.Split(text);
        var visits = new List<VisitFact>(s.Dates.Count);
        foreach (var d in s.Dates)
        {
            // "- X to Managua – 27 October 2022, the first visit by a Hungarian foreign minister since 1985": a date the item
            // counts from is not a journey's.
            if (d.Date.Qualifier == DateQualifier.From && d.Date.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (who, whoFrom) = (person, from);
            if (clauses.Count > 1 && OtherSubject(article, s, clauses, traveller, d) is { } other)
            {
                // "- October 1986 – President X in Pyongyang; Foreign Minister Y followed the next year": a later part with a
                // subject of its own is that person's journey, to the same place, unless they come from elsewhere.
                var otherHome = article.Party(article.PersonCountries.GetValueOrDefault(other) ?? article.Gazetteer.Find(from));
                if (otherHome is null || otherHome == destination)
                {
                    continue;
                }

                (who, whoFrom) = (other, otherHome.Name);
            }

            visits.Add(new VisitFact(who, whoFrom, destination.Name, d.Date, s.Sentence.Source with { Text = text.Trim() }));
        }

        // "- 28 February – 5 March 2017: Emperor Akihito and Empress Michiko, the first state visit …": a traveller named
        // with the first by "and" made the journey too, unless they live where it went or the item goes on with what the two
        // did ("- 2004: Thaksin Shinawatra and Bounnhang Vorachit held the first joint cabinet retreat").
        var travellerEnd = traveller.Start + traveller.Length;
        if (!fromLead && visits.Count > 0 && s.People.FirstOrDefault(p => p.Start > travellerEnd) is { } companion
            && AndTitles().IsMatch(text.AsSpan(travellerEnd, companion.Start - travellerEnd))
            && text.AsSpan(companion.Start + companion.Length).TrimStart() is var after && (after.IsEmpty || after[0] is ',' or '(' or ';' or '.')
            && article.People.PersonOf(companion) is var name && name != person
            && article.Party(article.PersonCountries.GetValueOrDefault(name)) != destination)
        {
            visits.AddRange(visits.Where(v => v.Person == person).Select(v => v with { Person = name }).ToList());
        }

        return visits;
    }

    // " and ", " and Empress ", " and his wife ": between two travellers of one item.
    [GeneratedRegex(@"^\s+and\s+(?:(?:his|her)\s+(?:wife|husband)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$")]
    private static partial Regex AndTitles();

    /// <summary>The person a part of the item other than the traveller's opens with (after titles only), for the part a date is in.</summary>
    private static string? OtherSubject(AnalysedArticle article, AnalysedSentence s, IReadOnlyList<TextSpan> clauses, PersonMention traveller, DateMention d)
    {
        foreach (var clause in clauses)
        {
            if (clause.Contains(d.Start) && !clause.Contains(traveller.Start))
            {
                var subject = s.People.FirstOrDefault(p => clause.Contains(p.Start));
                return subject is not null && TitlesBefore().IsMatch(s.Text.AsSpan(clause.Start, subject.Start - clause.Start))
                    ? article.People.PersonOf(subject)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The party a list's heading sends its visitors to: the one after "to" ("Visits to Mexico", "Cuban state visits to North
    /// Korea"), else the other of the one they come from ("Visits by Nicaraguan leaders", "From Cuba:").
    /// </summary>
    private static Country? HeadingDestination(AnalysedArticle article, string heading)
    {
        Country? from = null;
        foreach (var c in article.Gazetteer.FindMentions(heading))
        {
            var party = article.Party(c.Country);
            if (party is null)
            {
                continue;
            }

            var before = heading.AsSpan(0, c.Start).TrimEnd();
            if (!c.IsDemonym && (before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("To", StringComparison.Ordinal)))
            {
                return party;
            }

            from ??= c.IsDemonym || before.EndsWith("from", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" by", StringComparison.OrdinalIgnoreCase) ? party : null;
        }

        // "travelled to Moscow several times:": a city of one party after "to".
        foreach (var (country, start) in CitiesAfter(article.Gazetteer, heading, 0, heading.Length))
        {
            if (from is null && article.Party(country) is { } party && heading.AsSpan(0, start).TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase))
            {
                return party;
            }
        }

        return from is not null ? article.Other(from) : null;
    }

    // "- 2019: X accepted an invitation to visit Pyongyang, but the trip was later cancelled".
    [GeneratedRegex(@"\b(?:cancell?ed|called off|postponed|never took place|invitation|planned|intended)\b")]
    private static partial Regex Unmade();

    // "Other Ethiopian visitors to Pyongyang included:", "Government-level exchanges continued:", "Presidential contacts in the
    // Correa years included:".
    [GeneratedRegex(@"\b(?:visits?|visitors|trips?|exchanges|contacts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitWord();

    // "has been to India more often than any Egyptian leader before him:" too.
    [GeneratedRegex(@"\b(?:travell?ed|went|came|flew|visited|journeyed|been\s+to)\b")]
    private static partial Regex TravelVerb();

    // A list item's date label: "2004: ", "22–24 October 2007: ", "10–12 November 2024 – ", "27 June – 2 July 1971: ".
    // Not a name before a dash ("- Prime Minister Keith Mitchell – fifth CARICOM summit, Havana, December 2014").
    [GeneratedRegex(@"^[^:,;\d]{0,30}\d(?:[^:,;()–—-]|\s*[–—-]\s*(?=\d|\p{Lu}\p{Ll}+\s+\d)|\([^():;]{0,30}\)){0,30}?(?::\s*|\s+[–—-]\s+(?!\d|\p{Lu}\p{Ll}+\s+\d))")]
    private static partial Regex ItemLabel();

    // What may come before the traveller an item opens with: titles and roles ("President", "then-Prime Minister", "General
    // Secretary of the Communist Party"), after the delegation the traveller led ("Party delegation led by Politburo member",
    // "Delegation of the Supreme Soviet headed by").
    [GeneratedRegex(@"^\s*(?:[^,;:()]{0,80}?\b[Dd]elegation\b[^,;:()]{0,60}?\b(?:led|headed)\s+by\s+)?(?:(?:the|then|former|of|member)\b[\s-]*|\p{Lu}[\p{L}'’.-]*\s+|(?:[a-z]+\s+){0,2}(?:speaker|minister|president|premier|chairman|chairwoman|secretary|leader|envoy|commander|marshal|successor|predecessor)\s+)*$")]
    private static partial Regex TitlesBefore();

    private static bool From(string text, int place) => text.AsSpan(0, place).TrimEnd().EndsWith(" from", StringComparison.Ordinal);

    private static bool OfficeOf(string text, int place)
    {
        var before = text.AsSpan(0, place).TrimEnd();
        return before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(" of the", StringComparison.Ordinal);
    }
}
