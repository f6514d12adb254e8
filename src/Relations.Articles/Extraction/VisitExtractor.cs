using System.Buffers;
using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// Visits: a named person travelling to the other party. Recognised shapes:
/// "X visited Y in …", "X came to Vietnam on …", "X made his first official visit to Hanoi …", "X … to attend the Hanoi Summit",
/// "X visited in 1986" (the other party), "During Premier X's visit to Pyongyang in …", "During a visit to Moscow, X and Y signed …",
/// "… during a visit by Vietnamese leader X", "the visit of X to Hanoi", "Hanoi was visited by X",
/// "Y returned the visit that year" (to where the last visitor came from),
/// "X addressed the Knesset" (a national legislature: data/reference/legislatures.csv, or "the Australian Parliament"),
/// "X stopped over in Havana", "X led a delegation to Pyongyang", "…, and returned in 1964" (the same place again),
/// "X met Y in Monterrey", "X held talks with Y in Moscow" (when the place is one party's and X is not known to be of it),
/// and an item of a list announced as visits that names no journey ("- Che Guevara (1960)": VisitExtractor.Lists.cs).
/// The traveller is the person named last before the verb in the date's part of the clause (with those listed before them:
/// "A, Premier B and adviser C flew to"); their country comes from a role or apposition, else the other party. One visit
/// per date of that part, or of its predicate ("visited Vietnam in 2015 and hosted Y in 2022"); a person's visits with
/// overlapping dates are one visit. An intended visit ("planned to visit") is none.
/// </summary>
public static partial class VisitExtractor
{
    public static IReadOnlyList<VisitFact> Extract(AnalysedArticle article)
    {
        var visits = new List<VisitFact>();
        var block = -1;
        VisitFact? last = null;
        string? visitList = null;
        Country? listDestination = null;
        PersonMention? listTraveller = null;
        string? subject = null;
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var s = article.Sentences[i];
            if (s.Sentence.Block != block)
            {
                block = s.Sentence.Block;
                last = null;
                subject = null;
                visitList = VisitListHeading(article.Sentences, i);
                listDestination = null;
                listTraveller = null;
                if (visitList is not null)
                {
                    // The lead's last sentence first ("The most significant visits were:"), then the rest of its paragraph.
                    listDestination = HeadingDestination(article, visitList);
                    var leads = ListLead(article.Sentences, i).ToList();
                    listTraveller = leads.Count > 0 ? ListTraveller(leads[0]) : null;
                    foreach (var lead in leads)
                    {
                        listDestination ??= HeadingDestination(article, lead.Text);
                    }
                }
            }

            // "Michael Manley … made Cuba the centrepiece of his policy. He flew to Havana in July 1975": a sentence that opens
            // with "He" or "She" goes on about the first person of the sentence before.
            // "In December 2014 she returned …": so does one whose pronoun comes after an opening date, before anyone named.
            var pronoun = subject is not null ? LeadingPronoun().Match(s.Text) : Match.Empty;
            if (pronoun.Success && s.People.Count > 0 && s.People[0].Start < pronoun.Groups["pronoun"].Index)
            {
                pronoun = Match.Empty;
            }

            var previousSubject = subject;
            subject = s.People.Count > 0 && !pronoun.Success ? article.People.PersonOf(s.People[0]) : pronoun.Success ? subject : null;
            if (pronoun.Success)
            {
                var word = pronoun.Groups["pronoun"];
                s = s with { People = [new PersonMention(word.Value, word.Index, word.Length, null) { Person = previousSubject }, .. s.People] };
            }
            else if (s.Dates.Count > 0 && RoleOnlySubject(article, i, previousSubject) is { } described)
            {
                s = s with { People = [described, .. s.People] };
                subject = described.Person;
            }
            else if (subject is not null && OpensWithRoleSubject(s))
            {
                // "The Bissau-Guinean leader made his first state visit …; Nikolai Podgorny received him": the person named
                // later is no subject a "He" in the next sentence could stand for.
                subject = null;
            }

            // "… arriving in Ulaanbaatar on 14 June 1971. He was accompanied by his wife Elena Ceaușescu": a companion of the
            // journey just told made it too.
            if (pronoun.Success && last is not null && last.Person == previousSubject && Companion(s) is { } companion)
            {
                Add(visits, last with { Person = article.People.PersonOf(companion), Source = s.Sentence.Source with { Text = s.Text.Trim() } });
            }

            // "- October 2015: India–Africa Forum Summit in New Delhi" under "X has been to India …:" names no one: the lead's
            // traveller made it.
            if (s.Dates.Count == 0 || (s.People.Count == 0 && (visitList is null || listTraveller is null)))
            {
                continue;
            }

            var found = visits.Count;
            s = WithoutAsideDates(s);
            FromSentence(article, s, visits, ref last);
            if (visitList is not null && visits.Count == found)
            {
                foreach (var listed in ListedVisits(article, s, listDestination, listTraveller, visits))
                {
                    Add(visits, listed, listed: true);
                    last = listed;
                }
            }
        }

        return visits;
    }

    /// <summary>The person a sentence that opens "He was accompanied by" names next ("his wife Elena Ceaușescu").</summary>
    private static PersonMention? Companion(AnalysedSentence s)
    {
        var by = AccompaniedOpening().Match(s.Text);
        return by.Success ? s.People.FirstOrDefault(p => p.Start >= by.Length && WordsOnly().IsMatch(s.Text.AsSpan(by.Length - 1, p.Start - by.Length + 1))) : null;
    }

    [GeneratedRegex(@"^(?:He|She)\s+was\s+(?:also\s+)?accompanied\s+(?:on\s+(?:the|this|that)\s+(?:trip|visit|journey)\s+)?by\s")]
    private static partial Regex AccompaniedOpening();

    /// <summary>
    /// "October 1988: X, who had succeeded Y in May 1986, pays a two-day visit to Hanoi": a date in an aside about the
    /// subject, between the subject and its verb, dates the aside, not the journey (when the sentence has another date); an
    /// aside that tells a journey of its own keeps its date ("X, who had travelled to Saigon in 1980, paid a state visit …").
    /// </summary>
    private static AnalysedSentence WithoutAsideDates(AnalysedSentence s)
    {
        if (s.Dates.Count < 2 || !s.Text.Contains(Who, StringComparison.Ordinal))
        {
            return s;
        }

        List<DateMention>? kept = null;
        foreach (var d in s.Dates)
        {
            if (SubjectAside(s, d.Start, d.Start + d.Length) is var (open, close) && close > 0
                && VerbAfterAside().Match(s.Text, close) is { Success: true } verb && verb.Index == close && !TellsAJourney(s.Text, open, close - open))
            {
                (kept ??= [.. s.Dates]).Remove(d);
            }
        }

        return kept is null || kept.Count == 0 ? s : s with { Dates = kept };
    }

    // A verb or noun of travel other than "met" (which needs a place after it) in a span of the text.
    private static bool TellsAJourney(string text, int start, int length)
    {
        for (var m = Trigger().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            if (!m.Groups[TriggerGroup.Met].Success)
            {
                return true;
            }
        }

        return false;
    }

    // "X, who had succeeded Y in May 1986, paid a visit to Hanoi": Y is named in an aside about the subject X.
    private static bool InSubjectAside(AnalysedSentence s, PersonMention p, int verb) =>
        SubjectAside(s, p.Start, p.Start + p.Length) is var (_, close) && close > 0 && close < verb;

    private const string Who = ", who ";

    /// <summary>
    /// Where the aside ", who …," around the text from <paramref name="start"/> to <paramref name="end"/> opens and closes,
    /// when it follows a person named right before it; (-1, -1) when the text is in no such aside.
    /// </summary>
    private static (int Open, int Close) SubjectAside(AnalysedSentence s, int start, int end)
    {
        var open = s.Text.LastIndexOf(Who, start, StringComparison.Ordinal);
        var close = open < 0 ? -1 : s.Text.IndexOfAny([',', ';'], end);
        return close > 0 && s.Text[close] == ',' && s.Text.IndexOfAny([',', ';'], open + 1, start - open - 1) < 0
            && s.People.Any(q => q.Start + q.Length == open)
            ? (open, close)
            : (-1, -1);
    }

    // ", pays a two-day visit", ", travelled to": the subject's own verb after the aside.
    [GeneratedRegex(@"\G,\s+(?!(?:and|but|or|the|a|an|who|which|where|when|while|as|in|on|at|by|for|with)\b)\p{Ll}+\b")]
    private static partial Regex VerbAfterAside();

    private static void FromSentence(AnalysedArticle article, AnalysedSentence s, List<VisitFact> visits, ref VisitFact? last)
    {
        // Most dated sentences with people name no journey: a vectorised search for the trigger's words skips them.
        if (s.Text.AsSpan().IndexOfAny(TriggerWords) < 0)
        {
            return;
        }

        foreach (var clause in Clauses.Split(s.Text))
        {
            var regions = DateRegions.Of(s.Text, clause, s.Dates);
            VisitFact? inClause = null;
            var datesFrom = clause.Start;
            for (var verb = NextTrigger(s.Text, clause.Start); verb.Success && verb.Index < clause.End;)
            {
                var next = NextTrigger(s.Text, verb.Index + verb.Length);
                var region = DateRegions.At(regions, verb.Index);

                // "X paid a state visit to Vietnam in November 2015 and hosted Y in Beijing in October 2022": each
                // predicate of the part owns the dates up to the "and" of the next.
                var cut = next.Success && next.Index < region.End ? PredicateCut(s, region, next.Index) : -1;
                if (cut > 0)
                {
                    region = new TextSpan(region.Start, cut - region.Start);
                }

                // "A delegation led by X travelled to Pyongyang": the delegation's own verb of travel tells the journey.
                var ownVerbFollows = verb.Groups[TriggerGroup.Delegation].Success && next.Success && next.Index < region.End;
                if (!ownVerbFollows && !Unrealised(s.Text, region, verb))
                {
                    foreach (var v in FromVerb(article, s, region, Math.Max(datesFrom, region.Start), verb, last, visits))
                    {
                        Add(visits, v);
                        last = v;
                        inClause = v;
                    }
                }

                datesFrom = cut > 0 ? cut : datesFrom;
                verb = next;
            }

            foreach (var region in regions.Where(r => inClause is not null && Again().IsMatch(s.Text.AsSpan(r.Start, r.Length))))
            {
                foreach (var d in s.Dates.Where(d => region.Contains(d.Start)))
                {
                    var again = inClause! with { Date = d.Date, Source = inClause.Source with { Text = region.Of(s.Text).Trim() } };
                    Add(visits, again);
                }
            }
        }
    }

    private static List<VisitFact> FromVerb(AnalysedArticle article, AnalysedSentence s, TextSpan region, int datesFrom, Match verb, VisitFact? last, List<VisitFact> earlier)
    {
        // "met" is a common word: only a meeting "in" a place named later in the part can be a visit.
        var verbEnd = verb.Index + verb.Length;
        if (verb.Groups[TriggerGroup.Met].Success && (verbEnd >= region.End || s.Text.AsSpan(verbEnd, region.End - verbEnd).IndexOf(" in ", StringComparison.Ordinal) < 0))
        {
            return [];
        }

        var traveller = Traveller(s, region, verb);
        if (traveller is null)
        {
            return [];
        }

        if (verb.Groups[TriggerGroup.Met].Success && GuestMet(article, s, region, verb, traveller) is { } guest)
        {
            return FromTraveller(article, s, region, datesFrom, verb, last, guest, earlier).ToList();
        }

        // "Prime Minister X met Serbian officials in Addis Ababa": people of the other party met in a party's place are the
        // visitors, and the subject is at home.
        if (verb.Groups[TriggerGroup.Met].Success && MetPartysPeople(article, s, verb) is { } visitors
            && article.Party(Destination(article, s, region, verb, afterIn: true)) is { } place && place != visitors)
        {
            return [];
        }

        // "Prime Minister A and the deputy prime minister B travelled by train to Kyiv": both travel.
        var travellers = new List<PersonMention> { traveller };
        if (!verb.Groups[TriggerGroup.During].Success && !verb.Groups[TriggerGroup.By].Success && !verb.Groups[TriggerGroup.Passive].Success && !verb.Groups[TriggerGroup.Possessive].Success && !verb.Groups[TriggerGroup.Hosted].Success)
        {
            // "A, Premier B and adviser C flew to": a list before its "and" travels too.
            for (var p = traveller; s.People.LastOrDefault(q => q.Start + q.Length <= p.Start && q.Start >= region.Start) is { } before
                 && (travellers.Count == 1 ? Coordinated() : Listed()).IsMatch(s.Text.AsSpan(before.Start + before.Length, p.Start - before.Start - before.Length)); p = before)
            {
                travellers.Insert(0, before);
            }
        }

        // "Bucharest hosted Holden Roberto of the FNLA and Jonas Savimbi of UNITA": every guest of a list.
        if (verb.Groups[TriggerGroup.Hosted].Success)
        {
            for (var p = traveller; s.People.FirstOrDefault(q => q.Start >= p.Start + p.Length && region.Contains(q.Start)) is { } next
                 && GuestListGoesOn().IsMatch(s.Text.AsSpan(p.Start + p.Length, next.Start - p.Start - p.Length)); p = next)
            {
                travellers.Add(next);
            }
        }

        // "Koizumi flew to Pyongyang on 17 September 2002, accompanied by deputy cabinet secretary Shinzō Abe": the companion too.
        const string AccompaniedBy = ", accompanied by";
        var accompanied = s.Text.IndexOf(AccompaniedBy + " ", verbEnd, Math.Max(0, region.End - verbEnd), StringComparison.Ordinal);
        if (accompanied >= 0 && !verb.Groups[TriggerGroup.Hosted].Success && !verb.Groups[TriggerGroup.Passive].Success
            && s.People.FirstOrDefault(p => p.Start > accompanied && p.Start < region.End) is { } companion
            && WordsOnly().IsMatch(s.Text.AsSpan(accompanied + AccompaniedBy.Length, companion.Start - accompanied - AccompaniedBy.Length)))
        {
            travellers.Add(companion);
        }

        return travellers.SelectMany(t => FromTraveller(article, s, region, datesFrom, verb, last, t, earlier, alone: travellers.Count == 1)).ToList();
    }

    private static IEnumerable<VisitFact> FromTraveller(AnalysedArticle article, AnalysedSentence s, TextSpan region, int datesFrom, Match verb, VisitFact? last, PersonMention traveller, List<VisitFact> earlier, bool alone = true)
    {
        var person = article.People.PersonOf(traveller);

        // A person acting for a third country (Pol Pot in a North Korea–Vietnam article) makes no visit between the parties.
        var home = article.PersonCountries.GetValueOrDefault(person);
        if (home is not null && article.Party(home) is null)
        {
            yield break;
        }

        home ??= HomeByEarlierVisit(article, person, earlier);

        // "North Korea sent a delegation led by X": the delegation's country, named right before it.
        if (home is null && verb.Groups[TriggerGroup.Delegation].Success)
        {
            home = s.Countries.LastOrDefault(c => c.Start >= region.Start && c.Start < verb.Index && verb.Index - c.Start <= 40)?.Country;
        }

        // "The North Korean delegation, headed by Foreign Minister Ho Dam, arrived on 24 August": the head of a party's
        // delegation comes from that party.
        if (home is null && s.Countries.LastOrDefault(c => c.Start + c.Length <= traveller.Start && traveller.Start - c.Start <= 80) is { } delegation
            && article.Party(delegation.Country) is not null
            && DelegationHeadedBy().IsMatch(s.Text.AsSpan(delegation.Start + delegation.Length, traveller.Start - delegation.Start - delegation.Length)))
        {
            home = delegation.Country;
        }

        // "Foreign Minister Ousmane Ba followed in 1963": the traveller is the verb's own subject, with nothing but titles
        // before ("Talks with X followed in 1975" are no journey).
        if (verb.Groups[TriggerGroup.Followed].Success && (traveller.Start > verb.Index
            || !s.Text.AsSpan(traveller.Start + traveller.Length, verb.Index - traveller.Start - traveller.Length).IsWhiteSpace()
            || !SubjectTitles().IsMatch(s.Text.AsSpan(region.Start, traveller.Start - region.Start))))
        {
            yield break;
        }

        // "X made the first Cuban visit at head-of-state level": the party the visit is named for is the traveller's.
        if (home is null && (verb.ValueSpan.StartsWith("made ", StringComparison.Ordinal) || verb.ValueSpan.StartsWith("paid ", StringComparison.Ordinal)))
        {
            home = s.Countries.FirstOrDefault(c => c.IsDemonym && c.Start > verb.Index && c.Start < verb.Index + verb.Length && article.Party(c.Country) is not null)?.Country;
        }

        // "Cuba was represented at … by X", "X represented Vietnam at …", "X represented Havana at …": X acts for the country
        // (or the capital's country) represented.
        if (home is null && verb.Groups[TriggerGroup.Represented].Success)
        {
            home = s.Countries.LastOrDefault(c => c.Start >= region.Start && c.Start < verb.Index && !c.IsDemonym)?.Country;
        }
        else if (home is null && verb.ValueSpan.StartsWith("represented", StringComparison.Ordinal))
        {
            home = s.Countries.FirstOrDefault(c => c.Start > verb.Index && c.Start < verb.Index + verb.Length && !c.IsDemonym)?.Country
                ?? (CitiesAfter(article.Gazetteer, s.Text, verb.Index, verb.Index + verb.Length) is [var (capitalOf, _)] ? capitalOf : null);
        }

        // "the 50th anniversary of Castro's journey to Quảng Trị", "Speaking in Phnom Penh in 2022, X recalled his first trip to
        // East Berlin": a journey remembered, not made then.
        var lookBack = Math.Max(0, traveller.Start - 40);
        if (AnniversaryOf().IsMatch(s.Text.AsSpan(lookBack, traveller.Start - lookBack))
            || (verb.Index > traveller.Start && Recalled().IsMatch(s.Text.AsSpan(traveller.Start + traveller.Length, verb.Index - traveller.Start - traveller.Length))))
        {
            yield break;
        }

        // "X arrived in Accra as the first Chinese ambassador": an envoy taking up a post, not a visit.
        if (AsEnvoy().IsMatch(s.Text.AsSpan(verb.Index + verb.Length, Math.Max(0, region.End - verb.Index - verb.Length))))
        {
            yield break;
        }

        // "Kim Jong Un visited the Iranian embassy in Pyongyang": a call at a mission, not a journey.
        if (MissionVisited().IsMatch(s.Text, verb.Index + verb.Length))
        {
            yield break;
        }

        // "returned to the presidency on 10 January, and visited Havana": a return is to the place named right after it.
        if (verb.Groups[TriggerGroup.Return].Success && !ProperNameFollows().IsMatch(s.Text, verb.Index + verb.Length))
        {
            yield break;
        }

        // "Ri Yong-ho held talks with his Lao counterpart X in Vientiane": one side of a meeting of the two parties is the
        // other's; "Obed Asamoah held talks in Moscow", "X met Y in Havana": the subject of a meeting in one party's place,
        // whose own country is not known, came from the other ("A and B met in Tashkent" says neither).
        if (verb.Groups[TriggerGroup.Met].Success && home is null)
        {
            home = Counterpart(article, s, region, verb) is var (_, counterpart) ? article.Other(counterpart)
                : alone && Destination(article, s, region, verb, afterIn: true) is { } place && article.Party(place) is { } host ? article.Other(host) : null;
        }

        // "Roosevelt met Ávila Camacho in Monterrey": only someone whose country is known travelled to the meeting place,
        // and not its envoy there ("Soviet ambassador Kudryavtsev met Castro in Havana").
        // (A traveller may stand before the region: "He finally landed in Shanghai … and met Xi Jinping in Beijing".)
        var roleFrom = Math.Max(region.Start, traveller.Start - 30);
        if (verb.Groups[TriggerGroup.Met].Success && (home is null || Envoy().IsMatch(traveller.Role ?? "")
            || Envoy().IsMatch(s.Text.AsSpan(roleFrom, Math.Max(0, traveller.Start - roleFrom)))))
        {
            yield break;
        }

        var destination = verb.Groups[TriggerGroup.Body].Success ? Legislature(article, verb.Groups[TriggerGroup.Body].Value)
            : verb.Groups[TriggerGroup.Place].Success ? Place(article, verb.Groups[TriggerGroup.Place].Value)
            : verb.Groups[TriggerGroup.Hosted].Success ? HostCountry(article, s, region, verb, home)
            : verb.Groups[TriggerGroup.Passive].Success ? PlaceBefore(article, s, region, verb)
            : Destination(article, s, region, verb, afterIn: verb.Groups[TriggerGroup.Met].Success);

        // "a tour of South America that took him to Brasília, Buenos Aires and Montevideo": a party's place on the tour.
        if (verb.Groups[TriggerGroup.Tour].Success && article.Party(destination) is null
            && TourStops().Match(s.Text, verb.Index + verb.Length, region.End - verb.Index - verb.Length) is { Success: true } stops)
        {
            destination = PlacesAfter(article, s, stops.Index + stops.Length, region.End).Select(c => c.Country).FirstOrDefault(c => article.Party(c) is not null);
        }

        // "met Y in Monterrey" with no party's place, "Guevara's long tour of Africa": no journey between the parties.
        if ((verb.Groups[TriggerGroup.Met].Success || verb.Groups[TriggerGroup.Tour].Success) && destination is null)
        {
            yield break;
        }

        if (destination is null && verb.Groups[TriggerGroup.Body].Success)
        {
            // "addressed the United Nations General Assembly": no country's legislature, no visit.
            yield break;
        }

        // "Chávez died in Caracas on 5 March, and Raúl Castro attended his state funeral there", "…, and X flew there on
        // 29 November 2016": the place named before.
        // "Amílcar Cabral studied in Lisbon in 1945, and Fidel Castro flew there in 1998": a "there" that is no party's place
        // sends no one to the other party.
        var there = destination is null && (verb.Groups[TriggerGroup.There].Success
            || There().IsMatch(s.Text.AsSpan(verb.Index + verb.Length, Math.Max(0, region.End - verb.Index - verb.Length))));
        if (there)
        {
            destination = PlaceBefore(article, s, new TextSpan(0, verb.Index), verb);
            if (destination is null)
            {
                yield break;
            }
        }

        // "was the first senior Zambian official in Pyongyang, visiting in June 1971": a participle with no object goes to the
        // place named before it.
        if (destination is null && verb.ValueSpan.SequenceEqual("visiting") && NoObject().IsMatch(s.Text[(verb.Index + verb.Length)..region.End]))
        {
            destination = PlaceBefore(article, s, region, verb);
        }

        destination ??= OccasionOf(article, s, region, verb, home);

        // "Defence Minister Heinz Hoffmann toured Angolan army units", "toured Bulgarian military schools": what a party's
        // demonym right after the verb names is in that party; but someone's own country's units are abroad, in the other
        // ("Cuban defence minister Raúl Castro toured the Cuban units on the Golan"), and "the" units of a traveller whose
        // country is not known may be either.
        if (destination is null && verb.ValueSpan.SequenceEqual("toured"))
        {
            var afterVerb = verb.Index + verb.Length;
            var demonym = s.Countries.FirstOrDefault(c => c.IsDemonym && c.Start > afterVerb && c.Start <= afterVerb + 5 && article.Party(c.Country) is not null
                && s.Text.AsSpan(afterVerb, c.Start - afterVerb).Trim() is "" or "the");
            var named = article.Party(demonym?.Country);
            destination = named is null ? null
                : article.Party(home) is { } ownParty ? (named == ownParty ? article.Other(ownParty) : named)
                : s.Text.AsSpan(afterVerb, demonym!.Start - afterVerb).IsWhiteSpace() ? named : null;
        }

        // "to prepare the Ibero-American Summit in Porto, which Fidel Castro attended on 17–18 October 1998": the occasion
        // attended is the one named before the relative pronoun, where it was.
        if (destination is null && verb.ValueSpan.SequenceEqual("attended") && traveller.Start < verb.Index
            && WhichAttended().IsMatch(s.Text.AsSpan(Math.Max(0, traveller.Start - 40), traveller.Start - Math.Max(0, traveller.Start - 40))))
        {
            destination = PlaceBefore(article, s, new TextSpan(0, verb.Index), verb);
        }

        // "Vice-President X headed the Cuban delegation to the anniversary celebrations in March 1980": a delegation of one
        // party sent to an occasion that names no place goes to the other.
        if (destination is null && verb.ValueSpan.Contains("delegation", StringComparison.Ordinal))
        {
            home ??= s.Countries.FirstOrDefault(c => c.IsDemonym && c.Start > verb.Index && c.Start < verb.Index + verb.Length)?.Country;
            if (article.Party(home) is { } delegationParty && !PlacesAfter(article, s, verb.Index + verb.Length, region.End).Any())
            {
                destination = article.Other(delegationParty);
            }
        }

        if (destination is null)
        {
            if (verb.Groups[TriggerGroup.Returned].Success)
            {
                // To where the last visitor came from: of this part, else of an earlier paragraph ("Honecker visited North
                // Korea in 1977. … Kim Il Sung returned the visit in 1984"), else the party the traveller is not from.
                destination = (last is not null && last.Person != person ? last : earlier.LastOrDefault(v => v.Person != person)) is { } returned
                    ? article.Gazetteer.Find(returned.From)
                    : home is not null ? article.Other(article.Party(home)!) : null;
            }
            else if (verb.Groups[TriggerGroup.Back].Success)
            {
                // "X returned in May 1990", "X came back in October 2014": where X went before, else the party X is not from.
                destination = earlier.LastOrDefault(v => v.Person == person) is { } previous ? article.Gazetteer.Find(previous.To)
                    : home is not null ? article.Other(article.Party(home)!) : null;
            }
            else if (home is not null && !verb.Groups[TriggerGroup.Stop].Success && (verb.Groups[TriggerGroup.By].Success || NoObject().IsMatch(s.Text[(verb.Index + verb.Length)..region.End])))
            {
                // "Cuban leader Fidel Castro visited in 1986", "a visit by Vietnamese leader Lê Duẩn": the other party.
                destination = article.Other(article.Party(home)!);
            }
            else if (home is null && (verb.Groups[TriggerGroup.Followed].Success || NoObject().IsMatch(s.Text[(verb.Index + verb.Length)..region.End]))
                && (last ?? (verb.Groups[TriggerGroup.Followed].Success ? earlier.LastOrDefault(v => v.Source.Section == s.Sentence.Source.Section) : null)) is { } series
                && series.Person != person)
            {
                // "Foreign Minister Ousmane Ba followed in the summer of 1963", "Premier Wen Jiabao, visiting in June 2010,
                // offered …": a journey that goes on a series of visits, by someone whose country is not known, goes where
                // the last one went (of the paragraph, or of an earlier one of the section for a journey told as following).
                destination = article.Gazetteer.Find(series.To);
            }
        }

        // "Shinzō Abe visited Darwin, the first Japanese leader to do so": a place the gazetteer does not know, right after
        // the verb, is taken to be in the other party when the traveller's own country is known.
        if (destination is null && home is not null && !verb.Groups[TriggerGroup.Passive].Success && article.Party(home) is { } homeParty && UnknownPlaceFollows(article, s.Text, verb.Index + verb.Length))
        {
            destination = article.Other(homeParty);
        }

        var toParty = article.Party(destination);
        if (destination is null || toParty is null || (verb.Groups[TriggerGroup.Return].Success && home is null))
        {
            // "Mohammed V returned to Morocco": a return home is no visit; only someone known to be from elsewhere returns on a visit.
            yield break;
        }

        var from = home ?? article.Other(toParty);
        if (article.Party(from) == toParty)
        {
            yield break;
        }

        // "Lula, elected President of Brazil in 2002, … visited Nigeria twice": a date in the traveller's apposition is not the visit's.
        var appositionEnd = traveller.Start + traveller.Length < s.Text.Length && s.Text[traveller.Start + traveller.Length] == ',' && traveller.Start < verb.Index
            ? verb.Index : -1;
        // "X returned to power on 10 January, and visited Havana the following month": the earlier date only anchors the
        // relative one after the verb (DateFixes dates it, or leaves the visit without a date when it cannot).
        var verbEnd = verb.Index + verb.Length;
        if (verbEnd < region.End && RelativeTime().IsMatch(s.Text.AsSpan(verbEnd, region.End - verbEnd)))
        {
            datesFrom = Math.Max(datesFrom, verbEnd);
        }

        // "seized full control in February 1977: he travelled to Moscow on 4–8 May 1977", "after the civil war ended in 2002:
        // Prime Minister X was received … in 2004": a date before a colon that comes before the verb is the other
        // statement's (a list item's label is not: "- 2008: President X visited Istanbul", "- 21–23 June 2007: state visit
        // of President X to Ulaanbaatar").
        var colon = s.Text.LastIndexOf(':', verb.Index, verb.Index - region.Start);
        var dates = s.Dates.Where(d => region.Contains(d.Start) && d.Start >= datesFrom && !Clauses.InParentheses(s.Text, d.Start)
            && !(d.Start > traveller.Start && d.Start < appositionEnd) && !(d.Start < colon && !IsLabel(s.Text, d, colon))).ToList();
        foreach (var d in dates)
        {
            if (Departures.IsDeparture(s.Text, s.Dates, d))
            {
                continue;
            }

            // Parties are named as in the title (North Vietnam's leader visits for Vietnam), as the gold annotations do.
            var date = NamedDayAfter(s, region, d) ?? DateRegions.RestatedLater(s.Text, s.Dates, d)
                ?? DateRegions.FinerInParentheses(s.Text, s.Dates, new TextSpan(verbEnd, region.End - verbEnd), d) ?? d;
            yield return new VisitFact(person, article.Party(from)!.Name, toParty.Name, date.Date, s.Sentence.Source with { Text = region.Of(s.Text).Trim() });
        }
    }

    // "21–23 June 2007: state visit of …", "In 1975: …": the date alone before the colon that opens the sentence.
    private static bool IsLabel(string text, DateMention d, int colon) =>
        text.AsSpan(0, d.Start).Trim() is var before && (before.IsEmpty || before is "In" or "On" or "From")
        && text.AsSpan(d.Start + d.Length, colon - d.Start - d.Length).IsWhiteSpace();

    /// <summary>
    /// "attended the funerals of Leonid Brezhnev in November 1982", "represented Vietnam at Maduro's second inauguration": the
    /// country of the person whose funeral or inauguration it was (else the party the traveller is not from), when no place
    /// is named.
    /// </summary>
    private static Country? OccasionOf(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb, Country? home)
    {
        // "headed the GDR delegation at Ortega's inauguration": a delegation at an occasion attends it.
        var delegationAt = (verb.ValueSpan.StartsWith("led ", StringComparison.Ordinal) || verb.ValueSpan.StartsWith("headed ", StringComparison.Ordinal))
            && verb.ValueSpan.EndsWith(" at", StringComparison.Ordinal);
        if (!verb.ValueSpan.Contains("attend", StringComparison.Ordinal) && !verb.ValueSpan.StartsWith("represented", StringComparison.Ordinal) && !delegationAt)
        {
            return null;
        }

        var verbEnd = verb.Index + verb.Length;
        var owner = s.People.FirstOrDefault(p => p.Start >= verbEnd && p.Start < region.End);
        if (owner is null || !(OccasionOfPerson().IsMatch(s.Text.AsSpan(verbEnd, owner.Start - verbEnd))
            || (s.Text.AsSpan(verbEnd, owner.Start - verbEnd).IsWhiteSpace() && PersonsOccasion().IsMatch(s.Text, owner.Start + owner.Length))))
        {
            return null;
        }

        var party = article.Party(article.PersonCountries.GetValueOrDefault(article.People.PersonOf(owner)))
            ?? (article.Party(home) is { } homeParty ? article.Other(homeParty) : null);
        return party is not null && party != article.Party(home) ? party : null;
    }

    /// <summary>
    /// "She returned two years later, on 27 January 2014, to …": the date set off right after the part that names the day
    /// of a counted one.
    /// </summary>
    private static DateMention? NamedDayAfter(AnalysedSentence s, TextSpan region, DateMention d)
    {
        foreach (var e in s.Dates)
        {
            if (e.Start >= region.End && e.Start - region.End <= 5 && DateLead().IsMatch(s.Text.AsSpan(region.End, e.Start - region.End))
                && e.Date.Refines(d.Date))
            {
                return e;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^,\s*(?:on|in)?\s*$")]
    private static partial Regex DateLead();

    private static Country? MetPartysPeople(AnalysedArticle article, AnalysedSentence s, Match verb)
    {
        var after = verb.Index + verb.Length;
        return s.Countries.FirstOrDefault(c => c.Start >= after && c.Start - after <= 12) is { IsDemonym: true } people
            && PeopleNoun().IsMatch(s.Text.AsSpan(people.Start + people.Length))
            ? article.Party(people.Country)
            : null;
    }

    [GeneratedRegex(@"^\s+(?:government\s+)?(?:officials|leaders|ministers|diplomats|delegates|representatives|officers|envoys)\b")]
    private static partial Regex PeopleNoun();

    /// <summary>
    /// "Foreign Minister Mauro Vieira met his Cuban counterpart Bruno Rodríguez Parrilla in Brasília": a meeting in the
    /// subject's own country (or one whose country is unknown) with someone of the other party is that person's visit.
    /// </summary>
    private static PersonMention? GuestMet(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb, PersonMention host)
    {
        var placeParty = article.Party(Destination(article, s, region, verb, afterIn: true));
        var hostParty = article.Party(article.PersonCountries.GetValueOrDefault(article.People.PersonOf(host)));
        if (placeParty is null || (hostParty is not null && hostParty != placeParty))
        {
            return null;
        }

        return Counterpart(article, s, region, verb) is var (met, party) && party != placeParty ? met : null;
    }

    /// <summary>The first person met after the verb whose country is known (a counterpart's role says it), with its party.</summary>
    private static (PersonMention Person, Country Party)? Counterpart(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb)
    {
        var after = verb.Index + verb.Length;
        foreach (var p in s.People)
        {
            if (p.Start > after && p.Start < region.End && article.Party(article.PersonCountries.GetValueOrDefault(article.People.PersonOf(p))) is { } party)
            {
                return (p, party);
            }
        }

        return null;
    }

    /// <summary>Someone who visited before comes from where they came from then ("Díaz-Canel returned to Vietnam in 2023").</summary>
    private static Country? HomeByEarlierVisit(AnalysedArticle article, string person, List<VisitFact> earlier) =>
        earlier.LastOrDefault(v => v.Person == person) is { } before ? article.Gazetteer.Find(before.From) : null;

    /// <summary>Who travels: the possessor ("X's visit to"), the person after "visit by" or "visit of", the first person after
    /// "During a visit to P," or else the last person named before the verb who is not the object of another verb.</summary>
    private static PersonMention? Traveller(AnalysedSentence s, TextSpan region, Match verb)
    {
        if (verb.Groups[TriggerGroup.Possessive].Success)
        {
            return s.People.LastOrDefault(p => p.Start + p.Length <= verb.Index && verb.Index - (p.Start + p.Length) <= 1);
        }

        if (verb.Groups[TriggerGroup.Represented].Success)
        {
            // "Cuba was represented at his state funeral in Bissau on 10 March by Vice-President Esteban Lazo".
            var by = s.Text.IndexOf(" by ", verb.Index + verb.Length, region.End - verb.Index - verb.Length, StringComparison.Ordinal);
            return by < 0 ? null : s.People.FirstOrDefault(p => p.Start > by && p.Start - by <= 40 && region.Contains(p.Start));
        }

        if (verb.Groups[TriggerGroup.By].Success || verb.Groups[TriggerGroup.Passive].Success)
        {
            // "the first visit by a Korean premier to Albania; he held talks with X": not past the clause.
            var after = verb.Index + verb.Length;
            return s.People.FirstOrDefault(p => p.Start >= after && p.Start - after <= 50 && s.Text.AsSpan(after, p.Start - after).IndexOf(';') < 0);
        }

        if (verb.Groups[TriggerGroup.Hosted].Success)
        {
            return Guest(s, region, verb);
        }

        // "Sihanouk's search for friends brought him to Bucharest on 22–27 June 1960": the person "him" stands for, possessor or not.
        if (verb.Groups[TriggerGroup.Brought].Success)
        {
            return s.People.LastOrDefault(p => p.Start >= region.Start && p.Start + p.Length <= verb.Index);
        }

        if (verb.Groups[TriggerGroup.During].Success)
        {
            var after = verb.Index + verb.Length;
            return s.People.FirstOrDefault(p => p.Start >= after && region.Contains(p.Start));
        }

        // "Genden resisted Stalin's demands during a visit to Moscow": a possessor is the traveller only of the visit it
        // owns ("Kim Il Sung's second visit to").
        var before = s.People.LastOrDefault(p => p.Start >= region.Start && p.Start + p.Length <= verb.Index
            && (!Possessor(s.Text, p) || OwnVisit().IsMatch(s.Text.AsSpan(p.Start + p.Length, verb.Index - p.Start - p.Length)))
            && !InSubjectAside(s, p, verb.Index) && !FollowersOf().IsMatch(s.Text.AsSpan(region.Start, p.Start - region.Start)));
        if (before is null)
        {
            // "Ortega took office on 10 January 2007, and made an official visit to Havana in February", "…; he returned in
            // November 2006": a part that goes on with the verb, or with "he" or "she", shares the sentence's subject, its
            // first person.
            if (region.Start > 0 && (ElidedSubject().IsMatch(s.Text.AsSpan(region.Start, verb.Index - region.Start))
                || PronounSubject().IsMatch(s.Text.AsSpan(region.Start, verb.Index - region.Start))))
            {
                return s.People.FirstOrDefault(p => p.Start + p.Length <= region.Start);
            }

            // "Hu Jintao chose the country for his first trip, arriving on 4 June 2003": a participle set off after the
            // part goes on about its last person.
            // "…tour of 1971, arriving in Ulaanbaatar on 14 June 1971": "arriving in" too.
            var participle = verb.ValueSpan.IndexOf(' ') is var space and > 0 ? verb.ValueSpan[..space] : verb.ValueSpan;
            if (region.Start > 0 && participle.EndsWith("ing", StringComparison.Ordinal) && s.Text.AsSpan(region.Start, verb.Index - region.Start).Trim(", ").IsEmpty)
            {
                return s.People.LastOrDefault(p => p.Start + p.Length <= region.Start);
            }

            // "Megawati Sukarnoputri, who had travelled there in 1964, paid a state visit in 2002", "X, despite his doubts,
            // also went to Moscow": the person right before an aside that ends where the predicate begins (the aside may
            // name others: "X, who replaced Y as party leader in 1984, travelled"); "…, and kept close ties with X, who
            // came to New Delhi in May 1988": the person a relative clause is about.
            for (var k = s.People.Count - 1; k >= 0; k--)
            {
                var subject = s.People[k];
                var end = subject.Start + subject.Length;
                if (end <= region.Start && end < verb.Index
                    && (AsideThenVerb().IsMatch(s.Text.AsSpan(end, verb.Index - end)) || (k == s.People.Count - 1 || s.People[k + 1].Start > verb.Index) && RelativeWho().IsMatch(s.Text.AsSpan(end, verb.Index - end))))
                {
                    return subject;
                }
            }

            return null;
        }

        // "Abdessalam Jalloud, Gaddafi's deputy and chief negotiator with Moscow, arrived": an aside says who the subject is.
        var between = s.Text.AsSpan(before.Start + before.Length, verb.Index - before.Start - before.Length);
        if ((ObjectOfOtherVerb().IsMatch(between) && !AsideThenVerb().IsMatch(between)) || SubjectBetween().IsMatch(between))
        {
            return null;
        }

        // "Najibullah held talks with Husák in Prague on 9–10 December 1987, his only journey to Czechoslovakia", "X held
        // talks with Sergey Lavrov in Moscow in March 2024, the highest-level Beninese visit to Russia": a journey set off
        // after the clause is its subject's.
        if (HisJourney().IsMatch(between) && s.People.FirstOrDefault(p => p.Start >= region.Start) is { } clauseSubject && clauseSubject != before)
        {
            return clauseSubject;
        }

        // "Humberto Ortega, the defence minister and brother of Daniel Ortega, went to Tripoli": the person the apposition
        // is about, not the one it names.
        return ClosesBeforeVerb().IsMatch(between)
            && s.People.LastOrDefault(p => p.Start >= region.Start && p.Start + p.Length <= before.Start) is { } described
            && AppositionOpens().IsMatch(s.Text.AsSpan(described.Start + described.Length, before.Start - described.Start - described.Length))
            ? described
            : before;
    }

    // " delegation, headed by Foreign Minister ", " delegation led by ": from a country's name to the person heading its
    // delegation, titles allowed.
    [GeneratedRegex(@"^\s+(?:government\s+|party\s+|state\s+)?delegation,?\s+(?:headed|led)\s+by\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$")]
    private static partial Regex DelegationHeadedBy();

    // "after mediation by X and Y, the medics were flown to Sofia": a subject of its own between the person and the verb.
    [GeneratedRegex(@",\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,3}(?:was|were)\s+$")]
    private static partial Regex SubjectBetween();

    // ", his only journey to", ", the highest-level Beninese visit to": a noun phrase of the subject's own journey set off at
    // the end of the clause.
    [GeneratedRegex(@",\s+(?:his|her|the)\s+(?:[\p{L}-]+\s+){0,3}$")]
    private static partial Regex HisJourney();

    // ", the defence minister and brother of ": an apposition opened right after a person, with no clause break in it.
    [GeneratedRegex(@"^,\s+(?:the|a|an|his|her|then)\s+[^,;()]{0,80}$")]
    private static partial Regex AppositionOpens();

    // "…, went": the apposition closed by a comma right before the verb.
    [GeneratedRegex(@"^\s*,\s*(?:[\p{Ll}'’-]+ly\s+)?$")]
    private static partial Regex ClosesBeforeVerb();

    /// <summary>
    /// The person a sentence that opens with a role and no name is about: "The Bulgarian leader visited North Korea in
    /// October 1973" after "… came under Todor Zhivkov."; "In September 1974 the Tanzanian president flew to Havana." before
    /// "Nyerere, welcomed at the airport by …". The first person of the sentence before in the paragraph, else the person
    /// the next sentence opens with, where the role's country, if it names one, is not another's.
    /// </summary>
    private static PersonMention? RoleOnlySubject(AnalysedArticle article, int index, string? previousSubject)
    {
        var s = article.Sentences[index];
        if (s.Text.AsSpan().IndexOfAny(RoleSubjectWords) < 0 || RoleSubject().Match(s.Text) is not { Success: true } m)
        {
            return null;
        }

        var role = m.Groups["role"];
        if (s.People.Count > 0 && s.People[0].Start < role.Index + role.Length)
        {
            return null;
        }

        var country = s.Countries.FirstOrDefault(c => c.Start >= role.Index && c.Start < role.Index + role.Length)?.Country;
        var next = index + 1 < article.Sentences.Count && article.Sentences[index + 1] is { } n && n.Sentence.Block == s.Sentence.Block
            && n.People.Count > 0 && n.People[0].Start <= 1 ? article.People.PersonOf(n.People[0]) : null;
        foreach (var person in new[] { previousSubject, next })
        {
            if (person is not null && (country is null || article.PersonCountries.GetValueOrDefault(person) is not { } home || home == country))
            {
                return new PersonMention(role.Value, role.Index, role.Length, role.Value) { Person = person };
            }
        }

        return null;
    }

    private static bool OpensWithRoleSubject(AnalysedSentence s) =>
        s.Text.AsSpan().IndexOfAny(RoleSubjectWords) >= 0 && RoleSubject().Match(s.Text) is { Success: true } m
        && s.People[0].Start >= m.Groups["role"].Index + m.Groups["role"].Length;

    private static readonly SearchValues<string> RoleSubjectWords = SearchValues.Create(
        ["leader", "president", "premier", "minister", "head of state", "chairman", "king", "prince", "queen", "emperor", "secretary", "coordinator"], StringComparison.Ordinal);

    // "The Bulgarian leader", "In September 1974 the Tanzanian president", "The coordinator of the Junta of National
    // Reconstruction", "When the prince arrived": a sentence's subject that is a role alone, right before its verb.
    [GeneratedRegex(@"^(?:(?:In|On|During|Later|Early|By)\b[^,]{0,30}?,?\s+|(?:When|After|Once|As)\s+)?(?<role>[Tt]he\s+(?:(?:new|then|former|visiting)\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?:(?:prime|vice|deputy|foreign|defen[cs]e|first|general|party|state)[\s-]+){0,2}(?:leader|president|premier|minister|head of state|chairman|king|prince|princess|queen|emperor|secretary|coordinator)(?:\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|of|the)\s+){0,6}?\p{Lu}[\p{L}'’-]*)?)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|flew|went|came|made|paid|spent|was)\b")]
    private static partial Regex RoleSubject();

    private static bool Possessor(string text, PersonMention p)
    {
        var end = p.Start + p.Length;
        return text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>
    /// The guest of "X hosted / welcomed / received Y": the person right after the verb, with nothing between but an
    /// article and their titles or roles ("welcomed the General Secretary Tô Lâm", "received Cuban leader Fidel
    /// Castro"), and not a possessor ("received Fidel Castro's letter").
    /// </summary>
    private static PersonMention? Guest(AnalysedSentence s, TextSpan region, Match verb)
    {
        var after = verb.Index + verb.Length;
        var guest = s.People.FirstOrDefault(p => p.Start >= after && region.Contains(p.Start));
        if (guest is null || !(TitlesOnly().IsMatch(s.Text.AsSpan(after, guest.Start - after)) || RoleThenName().IsMatch(s.Text.AsSpan(after, guest.Start - after))))
        {
            return null;
        }

        if (!Possessor(s.Text, guest))
        {
            return guest;
        }

        // "received dos Santos's foreign minister, João Bernardo de Miranda,": the person whose role the possessor names.
        var roleFrom = guest.Start + guest.Length + 2;
        return s.People.FirstOrDefault(p => p.Start > roleFrom && region.Contains(p.Start)) is { } named
            && RoleThenName().IsMatch(s.Text.AsSpan(roleFrom, named.Start - roleFrom)) && !Possessor(s.Text, named)
            ? named
            : null;
    }

    // "received the Angolan foreign minister, X,": a role set off before the name ("dos Santos's foreign minister, X,").
    [GeneratedRegex(@"^\s*(?:(?:the|his|her|its|their|then)\s+)?(?:(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:minister|president|premier|secretary|leader|chairman|chairwoman|envoy|counterpart|deputy|speaker),\s*$")]
    private static partial Regex RoleThenName();

    /// <summary>
    /// Where the host of "X hosted Y" receives the guest: X's country when it is known (none when it is a third
    /// country's), else a party's place named after the verb; else, when the guest is from one party and no place is
    /// named, the other party ("Carter welcomed Mexican President López Portillo at the White House").
    /// </summary>
    private static Country? HostCountry(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb, Country? guestHome)
    {
        var host = s.People.LastOrDefault(p => p.Start >= region.Start && p.Start + p.Length <= verb.Index);
        if (host is not null && article.PersonCountries.GetValueOrDefault(article.People.PersonOf(host)) is { } hostCountry)
        {
            return article.Party(hostCountry) is not null ? hostCountry : null;
        }

        if (Destination(article, s, region, verb) is { } place)
        {
            return place;
        }

        // "Romania hosted X", "the Romanian capital also hosted X", "Bucharest hosted X": the party or its capital as subject.
        if (host is null && SubjectHost(article, s, region, verb) is { } subject)
        {
            return subject;
        }

        var after = verb.Index + verb.Length;
        var namesAPlace = s.Countries.Any(c => c.Start >= after && c.Start < region.End && !c.IsDemonym)
            || CitiesAfter(article.Gazetteer, s.Text, after, Math.Max(after, region.End)).Count > 0;
        return guestHome is not null && article.Party(guestHome) is { } party && !namesAPlace ? article.Other(party) : null;
    }

    private static Country? SubjectHost(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb)
    {
        if (s.Countries.LastOrDefault(c => c.Start >= region.Start && c.Start + c.Length <= verb.Index) is { } country
            && article.Party(country.Country) is { } party
            && (country.IsDemonym ? HostNoun() : HostVerbAfter()).IsMatch(s.Text.AsSpan(country.Start + country.Length, verb.Index - country.Start - country.Length)))
        {
            return party;
        }

        return CitiesAfter(article.Gazetteer, s.Text, region.Start, verb.Index) is [.., var (city, start)] && article.Party(city) is { } capitalOf
            && HostVerbAfter().IsMatch(s.Text.AsSpan(start, verb.Index - start).TrimStart(CapitalisedWordChars))
            ? capitalOf
            : null;
    }

    private static readonly char[] CapitalisedWordChars = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-"];

    // Between the subject and "hosted": nothing but an adverb ("Romania also hosted").
    [GeneratedRegex(@"^\s+(?:(?:also|again|later|then|even|itself|in\s+turn)\s+)?$")]
    private static partial Regex HostVerbAfter();

    // "the Romanian capital also hosted", "the Romanian government hosted".
    [GeneratedRegex(@"^\s+(?:capital|government|leadership|authorities)\s+(?:(?:also|again|later|then|even|in\s+turn)\s+)?$")]
    private static partial Regex HostNoun();

    /// <summary>The first country or city named after the verb in the date's part ("visited North Korea", "to attend the Hanoi Summit").</summary>
    private static Country? Destination(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb, bool afterIn = false)
    {
        // The first place after the verb that is one of the parties: "a summit on Syria with Iran and Russia in Tehran" is Iran;
        // but a third country's place right after the verb is where the journey went ("visited Havana, but a hoped-for stop
        // in Managua never took place").
        var verbEnd = verb.Index + verb.Length;
        var places = PlacesAfter(article, s, verbEnd, region.End).ToList();
        if (places.Count > 0 && article.Party(places[0].Country) is null && DirectObject().IsMatch(s.Text.AsSpan(verbEnd, places[0].Start - verbEnd)))
        {
            return null;
        }

        // "toured Western Europe in 1924 but Poland was not on his itinerary": not a place of another clause.
        var but = s.Text.IndexOf(" but ", verbEnd, Math.Max(0, region.End - verbEnd), StringComparison.Ordinal);
        if (but >= 0)
        {
            places.RemoveAll(c => c.Start > but);
        }

        // "met Y in Monterrey", "held talks with Y in the Kremlin": after "in" only, not "met the President of Mexico".
        return places.Where(c => !afterIn || s.Text.AsSpan(0, c.Start).TrimEnd() is var before
                && (before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" in the", StringComparison.Ordinal)))
            .Select(c => c.Country).FirstOrDefault(c => article.Party(c) is not null);
    }

    /// <summary>The countries and cities named from <paramref name="after"/> to <paramref name="end"/>, in order; a country inside a
    /// longer proper name ("the Lamu Port–South Sudan–Ethiopia Transport Corridor") is none.</summary>
    private static IEnumerable<(Country Country, int Start)> PlacesAfter(AnalysedArticle article, AnalysedSentence s, int after, int end) =>
        s.Countries.Where(c => c.Start >= after && c.Start < end && (!c.IsDemonym || NamesCapital(s.Text, c)) && !InsideName(s.Text, c.Start) && !UsedAsAdjective(article, s.Text, c)).Select(c => (c.Country, c.Start))
            .Concat(CitiesAfter(article.Gazetteer, s.Text, after, Math.Max(after, end)))
            .OrderBy(c => c.Start);

    // "on Soviet assistance" names no place; "the Soviet capital" is one.
    private static bool UsedAsAdjective(AnalysedArticle article, string text, CountryMention c) =>
        article.Gazetteer.UsedAsAdjective(text, c) && !NamesCapital(text, c);

    private static bool NamesCapital(string text, CountryMention c) =>
        c.Start + c.Length + 1 < text.Length && text.AsSpan(c.Start + c.Length + 1).StartsWith("capital", StringComparison.Ordinal);

    /// <summary>The place that "was visited by" someone: the last of the parties' places before the verb in the date's part.</summary>
    private static Country? PlaceBefore(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb) =>
        s.Countries.Where(c => c.Start >= region.Start && c.Start < verb.Index && !c.IsDemonym && !InsideName(s.Text, c.Start)).Select(c => (c.Country, c.Start))
            .Concat(CitiesAfter(article.Gazetteer, s.Text, region.Start, verb.Index))
            .OrderBy(c => c.Start)
            .Select(c => c.Country).LastOrDefault(c => article.Party(c) is not null);

    // National legislatures by name ("addressed the Knesset"), from data/reference/legislatures.csv.
    private static readonly Dictionary<string, string> Legislatures = ReferenceData.Rows("legislatures.csv")
        .ToDictionary(r => Gazetteer.Key(r["name"]), r => r["country"], StringComparer.Ordinal);

    // "the Knesset", "a joint sitting of the Australian Parliament", "the Vietnamese National Assembly": the country whose legislature it is.
    private static Country? Legislature(AnalysedArticle article, string body) =>
        Legislatures.TryGetValue(Gazetteer.Key(body), out var country) ? article.Gazetteer.Find(country)
        : LegislatureNoun().IsMatch(body) && article.Gazetteer.FindMentions(body) is [var first, ..] ? first.Country
        : null;

    [GeneratedRegex(@"\b(?:Parliament|Congress|National Assembly|Senate|Diet|Chamber of Deputies|House of Representatives|House of Commons|Legislature)$")]
    private static partial Regex LegislatureNoun();

    private static Country? Place(AnalysedArticle article, string words) =>
        article.Gazetteer.Find(words) ?? article.Gazetteer.FindByCity(words) ?? (article.Gazetteer.FindMentions(words) is [var first, ..] ? first.Country : null);

    private static List<(Country Country, int Start)> CitiesAfter(Gazetteer gazetteer, string text, int from, int to)
    {
        var found = new List<(Country Country, int Start)>();
        foreach (var m in CapitalisedRun().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var run = text.AsSpan(from + m.Index, m.Length);
            if (gazetteer.FindByCity(run) is { } c)
            {
                found.Add((c, from + m.Index));
            }

            // "the Hanoi Summit": the first word of a longer name may be the city.
            else if (run.IndexOf(' ') is var space and > 0 && gazetteer.FindByCity(run[..space]) is { } c2)
            {
                found.Add((c2, from + m.Index));
            }
        }

        return found;
    }

    /// <summary>
    /// Where the part's predicate before a later verb ends: at the "and" right before that verb or its subject, when dates
    /// lie on both sides of it ("visited Vietnam in 2015 and hosted Y in 2022"); else -1.
    /// </summary>
    private static int PredicateCut(AnalysedSentence s, TextSpan region, int nextVerb)
    {
        var i = nextVerb;
        while (i > region.Start && char.IsWhiteSpace(s.Text[i - 1]))
        {
            i--;
        }

        // "X went to Hanoi in 1962 and Y received Z in Warsaw four years later": the next verb's own subject stands after "and".
        if (s.People.FirstOrDefault(p => p.Start + p.Length == i && p.Start > region.Start) is { } subject)
        {
            i = subject.Start;
            while (i > region.Start && char.IsWhiteSpace(s.Text[i - 1]))
            {
                i--;
            }
        }

        var and = i - 3;
        if (and <= region.Start || !s.Text.AsSpan(and, 3).SequenceEqual("and") || char.IsLetter(s.Text[and - 1]))
        {
            return -1;
        }

        var before = false;
        var after = false;
        foreach (var d in s.Dates)
        {
            before |= d.Start >= region.Start && d.Start < and;
            after |= d.Start > nextVerb && d.Start < region.End;
        }

        return before && after ? and : -1;
    }

    /// <summary>"Assad intended to visit Pyongyang", "was to attend the summit": an infinitive of intent is no visit made.</summary>
    private static bool Unrealised(string text, TextSpan region, Match verb) =>
        (verb.ValueSpan.StartsWith("to ", StringComparison.Ordinal) && verb.Index > region.Start
            && Intent().IsMatch(text.AsSpan(Math.Max(region.Start, verb.Index - 50), verb.Index - Math.Max(region.Start, verb.Index - 50))))
        || (verb.Index + verb.Length < region.End && CalledOff().IsMatch(text.AsSpan(verb.Index + verb.Length, region.End - verb.Index - verb.Length)))
        || (region.End < text.Length && verb.Index + verb.Length <= region.End && CalledOffNext().IsMatch(text.AsSpan(region.End)))
        || (verb.Index > region.Start
            && CallsOff().IsMatch(text.AsSpan(Math.Max(region.Start, verb.Index - 50), verb.Index - Math.Max(region.Start, verb.Index - 50))));

    // "Tito called off a planned trip to Cairo", "Moscow postponed a planned visit to Helsinki by X": the visit itself called off.
    [GeneratedRegex(@"\b(?:call(?:ed|ing)?\s+off|cancell?(?:ed|ing)?|cancel|postpon(?:ed|ing|e)|put\s+off|shelved|scrapped|abandoned)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}$")]
    private static partial Regex CallsOff();

    // "A state visit by Saleh to Havana, discussed for 2007, was repeatedly postponed and did not happen", "a state visit by
    // X was announced but later called off": the visit itself called off (not a later part after "but": "visited Havana,
    // but a planned stop in Managua never took place", "but cancelled his stop in Managua").
    [GeneratedRegex(@"^(?:(?!\bbut\b)[^;])*?(?:\b(?:was|were|had\s+to\s+be)\s+(?:(?:\w+ly|twice|again|later|finally)\s+)?(?:postponed|cancell?ed|called\s+off|put\s+off|shelved|dropped|abandoned|scrapped)|\bbut\s+(?:it|the\s+(?:visit|trip))\s+(?:never\s+(?:took\s+place|happened|materiali[sz]ed)|(?:was|were)\s+(?:\w+\s+)?(?:postponed|cancell?ed|called\s+off|dropped))|\bbut\s+(?:(?:was|were)\s+)?(?:\w+ly\s+|later\s+|then\s+)?(?:postponed|cancell?ed|called\s+off|dropped|shelved)(?:\s+\w+ly)?(?=\s*(?:[,;.:]|$|\s+(?:in|on|at|after|because|due|when)\b))|\bnever\s+(?:took\s+place|happened|acted\s+(?:up)?on)|\bdid\s+not\s+(?:take\s+place|happen)|\blapsed|\bfell\s+through|,\s*(?:expected|planned|scheduled|due)\b)\b")]
    private static partial Regex CalledOff();

    // "A further trip by X to Havana, pencilled in for December 1989, never took place: …": the predicate of the visit, cut
    // off from its date's part by the comma after the date.
    [GeneratedRegex(@"^[\s,]*(?:(?:was|were)\s+(?:(?:\w+ly|twice|again|later|finally)\s+)?(?:postponed|cancell?ed|called\s+off|put\s+off|shelved)|never\s+(?:took\s+place|happened|materiali[sz]ed)|did\s+not\s+(?:take\s+place|happen|materiali[sz]e)|fell\s+through)\b")]
    private static partial Regex CalledOffNext();

    // "planned to visit", "an invitation for Leonid Brezhnev to visit".
    [GeneratedRegex(@"\b(?:invitation(?:\s+for(?:\s+\p{Lu}[\p{L}'’-]*){1,4})?|invited|intend(?:s|ed)?|plan(?:s|ned)?|planning|hop(?:es|ed)|wish(?:es|ed)?|want(?:s|ed)?|expected|scheduled|due|failed|refused|declined|unable|is|are|was|were)\s+$")]
    private static partial Regex Intent();

    [GeneratedRegex(@"\G\s+(?:the\s+|an?\s+|its\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:[Ee]mbassy|[Cc]onsulate(?:-[Gg]eneral)?|[Ll]egation)\b")]
    private static partial Regex MissionVisited();

    [GeneratedRegex(@"^['’]s\s+(?:(?!(?:during|on|in|at|for|with|of|after|before|to|and|but|guest|guests)\b)[\p{Ll}-]+\s+){0,3}$")]
    private static partial Regex OwnVisit();

    [GeneratedRegex(@"^\s+(?:the\s+|his\s+|her\s+)?(?:state\s+|official\s+|second\s+|third\s+|first\s+)?(?:funerals?|inauguration|swearing-in|investiture|coronation|wedding|burial)\s+of\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3}$")]
    private static partial Regex OccasionOfPerson();

    // What may open a part before its subject: "and", then titles and roles ("Foreign Minister", "the Soviet premier").
    [GeneratedRegex(@"^[\s,;]*(?:and\s+)?(?:(?:the|then|former|his|her|its|foreign|prime|deputy|vice|first|minister|premier|president|general|secretary|leader|chairman|chief|defen[cs]e|party)\s+|\p{Lu}[\p{L}'’.-]*\s+)*$")]
    private static partial Regex SubjectTitles();

    [GeneratedRegex(@"\G['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:funeral|inauguration|swearing-in|investiture|coronation|wedding|burial)\b")]
    private static partial Regex PersonsOccasion();

    [GeneratedRegex(@"^\s+(?:\p{Ll}+\s+){0,2}(?:recalled|remembered|recounted|reminisced\s+about|looked\s+back\s+on|wrote\s+about|spoke\s+of)\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?$")]
    private static partial Regex Recalled();

    [GeneratedRegex(@"\banniversar(?:y|ies)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.-]*|[a-z]+)\s+){0,3}$")]
    private static partial Regex AnniversaryOf();

    // Nothing between a verb and its place but "the": "visited Havana", "went to the Hague".
    [GeneratedRegex(@"^\s*(?:the\s+)?$")]
    private static partial Regex DirectObject();

    [GeneratedRegex(@",\s+(?:which|that)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$")]
    private static partial Regex WhichAttended();

    [GeneratedRegex(@"\bthere\b")]
    private static partial Regex There();

    // "that took him to", "taking her to", "including", "with stops in": the stops of a tour.
    [GeneratedRegex(@"^[^;]*?\b(?:(?:took|taking|brought|bringing)\s+(?:him|her|them)\s+to|including|with\s+stops?\s+in)\b")]
    private static partial Regex TourStops();

    // "…, and visited", "…, and later made an official visit to": the verb (or "made/paid a … visit") right after "and".
    [GeneratedRegex(@"^\s*(?:and|but|then)\s+(?:(?:then|later|also|again|subsequently|finally)\s+)?(?:(?:made|paid)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2})?$")]
    private static partial Regex ElidedSubject();

    // A time relative to an earlier date ("the following month", "weeks later").
    [GeneratedRegex(@"\b(?:the\s+(?:following|next)\s+(?:month|week|day)|(?:a|one|two|three|four|several|some|a\s+few)\s+(?:months?|weeks?|days?)\s+later)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\b(?:ambassador|envoy|charg[ée] d'affaires|consul)", RegexOptions.IgnoreCase)]
    private static partial Regex Envoy();

    // " of the FNLA and ", ", ", " and the UNITA leader ": the list of guests goes on.
    [GeneratedRegex(@"^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|leader|president|chairman|minister|prime|foreign|vice|premier)\s+){0,3}$")]
    private static partial Regex GuestListGoesOn();

    // "soldiers of the army of General Władysław Anders passed through Syria": those who went were the person's men.
    [GeneratedRegex(@"\b(?:army|armies|troops|soldiers|forces|men|followers|supporters|envoys?|emissar(?:y|ies)|messengers?)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$")]
    private static partial Regex FollowersOf();

    /// <summary>
    /// Adds a visit unless it is one already found; a visit list that dates it more precisely gives it its date ("paid a
    /// state visit in August 1961" then "- Kwame Nkrumah: 14–19 August 1961"), and so does a later date of a visit dated in
    /// words only ("Nkrumah returned the visit that summer. He arrived in Moscow on July 11, 1961"), while a later day of
    /// the journey told in prose does not ("returned in September 1978 … and five days later visited a mill").
    /// </summary>
    private static void Add(List<VisitFact> visits, VisitFact visit, bool listed = false)
    {
        var same = visits.FindIndex(o => SameVisit(o, visit));
        if (same < 0)
        {
            visits.Add(visit);
        }
        else if ((listed || SameSentence(visits[same].Source, visit.Source) || visits[same].Date.InWordsOnly)
            && (visit.Date.Refines(visits[same].Date) || Spans(visit.Date, visits[same].Date)))
        {
            visits[same] = visits[same] with { Date = visit.Date };
        }
    }

    // "X included Mongolia in his Asian tour of 1971, arriving in Ulaanbaatar on 14 June 1971": two parts of one sentence.
    private static bool SameSentence(Provenance a, Provenance b) => a.Line == b.Line && a.Sentence == b.Sentence && a.File == b.File;

    // "talks in Warsaw on 16 January 2025" then "- 15–16 January 2025 – Prime Minister X": the whole stay, from its first day.
    private static bool Spans(FuzzyDate whole, FuzzyDate day) =>
        whole.End is not null && whole.Start.Precision == day.Start.Precision && whole.Earliest < day.Earliest && day.Latest <= whole.Latest;

    // A decade is too broad to say another visit in it is the same ("led a delegation in the 1990s", "attended … in 1998");
    // consecutive days are one journey ("travelled to Seoul on 10 August and was received by Y the following day"; the
    // seed's summit of 26 February and state visit of 1 March are two).
    private static bool SameVisit(VisitFact a, VisitFact b) =>
        a.Person == b.Person && (a.Date.Start.Precision == DatePrecision.Decade || b.Date.Start.Precision == DatePrecision.Decade
            ? a.Date.Earliest == b.Date.Earliest && a.Date.Latest == b.Date.Latest
            : (a.Date.Earliest <= b.Date.Latest && b.Date.Earliest <= a.Date.Latest)
              || (a.To == b.To && a.Date.Start.Precision == DatePrecision.Day && b.Date.Start.Precision == DatePrecision.Day
                  && Math.Abs(a.Date.Earliest.DayNumber - b.Date.Earliest.DayNumber) <= SameJourneyDays));

    private const int SameJourneyDays = 1;

    /// <summary>Words one of which every match of <see cref="Trigger"/> holds (a filter: other words may hold them too).</summary>
    private static readonly SearchValues<string> TriggerWords = SearchValues.Create(
        ["visit", "trip", "among the", "to come to", "to go to", "to travel to", "brought him", "brought her", "took him", "took her", "journey", "addressed", "hosted", "welcomed", "received", "greeted", "met", "held", "to hold", "stop", "led", "headed", "represented",
         "tour", "came", "went", "back", "repaid", "reciprocated", "was in", "were in", "flew", "flown", "travel", "returned", "arriv", "landed", "landing", "attend", "spent", "guest",
         "followed", "delegation", "stay", "passed", "reached", "again in", "by meeting", "after meeting", "before meeting", "while meeting", "when meeting"],
        StringComparison.Ordinal);

    /// <summary>
    /// The first match of <see cref="Trigger"/> from <paramref name="from"/> on, as <c>Trigger().Match(text, from)</c> finds it:
    /// the regex is tried only where one of its opening words starts (a vectorised search), for it tried nearly every letter
    /// of every sentence (a tenth of the extraction's CPU).
    /// </summary>
    internal static Match NextTrigger(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOfAny(TriggerOpenings);
            if (found < 0)
            {
                break;
            }

            i += found;
            if (TriggerAt().Match(text, i) is { Success: true } match)
            {
                return match;
            }
        }

        return Match.Empty;
    }

    /// <summary>
    /// The words the alternatives of <see cref="Trigger"/> open with (prefixes: "arriv", "travel"; "to" for "to visit", "to hold" …):
    /// every one of them, for a match that opens with a word missing here is never tried.
    /// </summary>
    private static readonly SearchValues<string> TriggerOpenings = SearchValues.Create(
        ["During", "during", "'s", "was", "were", "brought", "took", "visit", "trip", "delegation", "addressed", "returned", "repaid", "reciprocated", "paid",
         "came", "went", "flew", "hosted", "welcomed", "received", "followed",
         "met", "held", "to", "meeting", "stopped", "passed", "made", "travel", "represented", "led", "headed", "greeted", "flown", "stayed", "arriv",
         "land", "reached", "tour", "attended", "first", "spent", "journey", "chose", "included"],
        StringComparison.Ordinal);

    /// <summary>The numbers of <see cref="Trigger"/>'s named groups, looked up once (by name each lookup is a hash table's).</summary>
    private static class TriggerGroup
    {
        public static readonly int Body = Trigger().GroupNumberFromName("body");
        public static readonly int Back = Trigger().GroupNumberFromName("back");
        public static readonly int By = Trigger().GroupNumberFromName("by");
        public static readonly int There = Trigger().GroupNumberFromName("there");
        public static readonly int Represented = Trigger().GroupNumberFromName("represented");
        public static readonly int During = Trigger().GroupNumberFromName("during");
        public static readonly int Hosted = Trigger().GroupNumberFromName("hosted");
        public static readonly int Met = Trigger().GroupNumberFromName("met");
        public static readonly int Passive = Trigger().GroupNumberFromName("passive");
        public static readonly int Brought = Trigger().GroupNumberFromName("brought");
        public static readonly int Place = Trigger().GroupNumberFromName("place");
        public static readonly int Possessive = Trigger().GroupNumberFromName("possessive");
        public static readonly int Return = Trigger().GroupNumberFromName("return");
        public static readonly int Returned = Trigger().GroupNumberFromName("returned");
        public static readonly int Stop = Trigger().GroupNumberFromName("stop");
        public static readonly int Followed = Trigger().GroupNumberFromName("followed");
        public static readonly int Delegation = Trigger().GroupNumberFromName("delegation");
        public static readonly int Tour = Trigger().GroupNumberFromName("tour");
    }

    // Verbs and nouns of travel.
    private const string TriggerPattern =
        @"(?<during>\b[Dd]uring (?:a|an|his|her|their|the) (?:(?:first|official|state|working|secret|historic|two-day|three-day)\s+)*visit to (?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*),)"
        + @"|(?<possessive>'s\s+(?:(?:own|first|second|third|last|official|state|working|secret|historic|return|landmark|two-day|three-day|and)\s+){0,3}(?:visit|trip|stop|stay|arrival)(?: (?:to|in|came|followed|took\s+place|of)|,))"
        + @"|(?<passive>\b(?:was|were)\s+visited\s+(?:(?:in|on)\s+(?:\w+\s+){1,3}?)?by)\b|(?<brought>\b(?:brought|took)\s+(?:him|her)\s+to)\b"
        + @"|(?<by>\b(?:visits?|trip)\s+(?:to\s+(?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)\s+)?(?:by|of)|\b(?<delegation>delegation)\s+(?:led|headed)\s+by)\b"
        + @"|\baddressed\s+(?:an?\s+joint\s+(?:sitting|session|meeting)\s+of\s+)?(?:the\s+)?(?<body>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3})"
        + @"|(?<returned>\b(?:(?:returned|repaid|reciprocated) (?:the|\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}['’]s) (?:visit|courtesy|gesture)|paid a return visit)\b)"
        + @"|(?<back>\b(?:came|went|flew)\s+back\b(?!\s+(?:from|home|to\s+(?:power|office|the\s+presidency))\b)|\breturned(?=\s+(?:in|on|during|for|to\s+(?:attend|inaugurate|open|sign|take\s+part)|(?:\w+\s+){1,2}later|(?:several|many|numerous|two|three|four|five)\s+(?:more\s+)?times)\b))"
        + @"|(?<hosted>\b(?:hosted|welcomed|received)\b(?!\s+(?:by|in|at)\b))"
        + @"|(?<followed>\bfollowed(?:\s+(?:him|her|them|suit))?(?=\s+(?:to|in|on|during)\b)|\bfollowed\s+with\s+(?:a|an|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip)\s+to)"
        + @"|\b(?:(?<met>met|(?:held|to\s+hold)\s+(?:[\p{Ll}-]+\s+)?(?:talks|consultations)|meeting(?<=\b(?:by|after|before|while|when)\smeeting))|(?<stop>stopped(?:\s+(?:over|off|briefly))?\s+(?:in|at)|passed\s+through)"
        + @"|(?:paid|made)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|stop(?:over)?)(?:\s+at\s+[\w-]+\s+level)?(?=\s+(?:in|on|during|that|the\s+following)\b|\s*[,.])"
        + @"|(?<there>\b(?:came|went|flew|travell?ed)(?:\s+\p{L}+ly)?\s+there)\b|flew\s+home\b[^.;]{0,40}?\bafter\s+(?:[\p{L}-]+\s+){0,2}(?:talks|meetings?|negotiations|consultations)\s+in"
        + @"|(?<represented>\b(?:was|were)\s+represented\s+at)\b"
        + @"|represented\s+(?:the\s+|his\s+|her\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+(?:party|government|state|leadership|people))?\s+at"
        + @"|(?:led|headed)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:delegation|(?<!(?:permanent|diplomatic)\s)mission)s?(?:\s+of(?:\s+[\p{L}\d-]+){1,4}?)?\s+(?:to|at)"
        + @"|visited|visits|visiting|to visit|to tour|(?:received|welcomed|greeted|hosted) (?:in|at)|(?:hosted|received|welcomed|greeted) by|(?:was|were)\s+(?:the\s+|a\s+)?guests?\s+of\s+honou?r|(?:came|went|flew|flown)(?:\s+\p{L}+ly|\s+on)?(?:\s+from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+to(?!\s+(?:power|office|prominence|the\s+throne|terms|an?\s+(?:end|close|agreement))\b)|(?:(?:was|were)\s+(?:back\s+|again\s+)?|stayed\s+)in(?=\s+(?:the\s+)?\p{Lu})|(?:was|were)\s+(?:again\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}['’]s\s+guests?\s+(?=in\s)|(?:was|were)\s+among\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:leaders|guests|mourners|dignitaries|delegates|heads\s+of\s+state)\s+at|travel(?:l)?(?:ed|ing)(?:\s+(?:by|on)\s+\w+|\s+\p{L}+ly|\s+together|\s+again)?\s+to|(?<return>returned to)|reciprocated\s+with\s+an?\s+(?:[\w-]+\s+){0,2}(?:visit|stay|trip|tour)\s+(?:to|in|of)|(?:arrived|arriving|arrives)(?:\s+together)? (?:in|at)|(?:arrived|arriving)(?=\s+on\s)|(?:arrived|arriving)\s+for\s+(?:an?|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}visit\b|(?:landed|landing) (?:in|at)|reached(?=\s+(?:the\s+)?\p{Lu})|toured|included(?=\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}in\s+(?:his|her|their|an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:tour|trip|journey)\b)|to attend|attended|first\s+(?:[\p{L}-]+\s+){0,4}?to\s+(?:come|go|travel)\s+to"
        + @"|spent\s+(?:\w+\s+){1,2}(?:days|weeks|months)\s+in|spent\s+(?:[\w,–-]+\s+){1,4}?in(?=\s+\p{Lu})|spent\s+\d[\d\s,–-]*(?:and\s+\d+\s+)?\p{Lu}\p{Ll}+(?:\s+\d{4})?\s+in(?=\s+\p{Lu})"
        + @"|(?:visits?|trips?|journeys?)(?:\s+abroad)?(?:\s+as\s+[a-z]+(?:\s+[a-z]+){0,2})?\s+to|(?<tour>tours?\s+of(?<!\b(?:after|before|following|since)\s+(?:his|her|their|a|the)\s+(?:[\w-]+\s+){0,2}tours?\s+of)\s+(?:the\s+)?(?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*))"
        + @"|chose\s+(?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)\s+for\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|journey))\b";

    [GeneratedRegex(TriggerPattern)]
    internal static partial Regex Trigger();

    // The same, tried at one position only (where one of its opening words starts: NextTrigger).
    [GeneratedRegex(@"\G(?:" + TriggerPattern + ")")]
    private static partial Regex TriggerAt();

    private static bool UnknownPlaceFollows(AnalysedArticle article, string text, int after)
    {
        var m = PlaceAfter().Match(text, after);
        return m.Success && m.Index == after && article.Gazetteer.Find(m.Groups["place"].Value) is null
            && article.Gazetteer.FindByCity(m.Groups["place"].Value) is null && article.Gazetteer.FindMentions(m.Groups["place"].Value).Count == 0;
    }

    [GeneratedRegex(@"\G\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex ProperNameFollows();

    [GeneratedRegex(@"\G\s+(?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})(?=\s*(?:[,.;]|$|\s+(?:in|on|for|from|to|and)\b))")]
    private static partial Regex PlaceAfter();

    private static bool InsideName(string text, int start)
    {
        var i = start - 1;
        if (i >= 0 && text[i] is '–' or '—' or '-')
        {
            return i > 0 && char.IsLetter(text[i - 1]);
        }

        return false;
    }

    // Between a host's verb and the guest: an article, titles and roles ("the visiting Cuban leader", "Prime Minister"), and the
    // particle a name opens with ("received dos Santos's foreign minister").
    [GeneratedRegex(@"^\s+(?:(?:the|visiting|then|former|his|her|their|dos|da|das|do|de|del|van|von)\s+|[A-Z][\p{L}'’.-]*\s+|(?:prime|foreign|deputy|vice|general|president|premier|minister|leader|secretary|chairman|chairwoman|king|queen|emperor|crown|prince|princess|chancellor|counterpart|head|of|state|government)\s+){0,6}$")]
    private static partial Regex TitlesOnly();

    // "he", "she" (with the adverbs a subject takes) and nothing else before the verb; "; when he arrived on 30 August".
    [GeneratedRegex(@"^\s*[,;]?\s*(?:and\s+)?(?:(?:when|after|once|as)\s+)?(?:he|she)\s+(?:(?:then|later|also|again|finally|subsequently|eventually|soon|twice|once)\s+)?$")]
    private static partial Regex PronounSubject();

    // "He flew …", "In December 2014 she returned …", "As president he first travelled …": the sentence's subject is a pronoun.
    [GeneratedRegex(@"^(?:(?:In|On|By|During|After|Later|That|The|A|As|Two|Three|Four|Five|Several|Some|in|on|of|the|that|year|years|later|following|next|month|months|day|days|early|late|mid|president|prime|minister|premier|leader|head|state|\p{Lu}\p{Ll}+|\d{1,4}(?:st|nd|rd|th)?),?\s+){0,6}?(?<pronoun>[Hh]e|[Ss]he)\s")]
    private static partial Regex LeadingPronoun();

    [GeneratedRegex(@"\bas\s+(?:the\s+|a\s+|its\s+)?(?:(?:first|new|next)\s+)?(?:[\p{L}-]+\s+){0,2}(?:ambassador|envoy|chargé d'affaires)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsEnvoy();

    // One aside between commas, then the predicate: ", who had travelled there in 1964, paid a state ", ", despite his
    // doubts, also ".
    [GeneratedRegex(@"^,[^,;()]{1,80},\s*(?:[\p{Ll}'’-]+\s+){0,4}$")]
    private static partial Regex AsideThenVerb();

    // A few words and nothing else: "deputy chief cabinet secretary".
    [GeneratedRegex(@"^\s+(?:[\p{L}'’.-]+\s+){0,6}$")]
    private static partial Regex WordsOnly();

    // ", who ", ", who later ", ", who had ": a relative clause that goes on about the person before it.
    [GeneratedRegex(@"^,\s*who\s+(?:(?:later|then|also|first|had|has|twice|once)\s+)*$")]
    private static partial Regex RelativeWho();

    // Between two travellers: "and", after an aside ("A, by then General Secretary, and Prime Minister B"), then roles.
    // "A, accompanied by his foreign minister B, visited": both travel. "A and his minister of trade, B, travelled": a role
    // set off before the name.
    [GeneratedRegex(@"^\s*(?:(?:,[^,;()]{1,40},\s*|,\s*)?and|,\s*(?:accompanied|joined)\s+by)\s+(?:(?:the|his|her|their)\s+)?(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+(?:-\p{L}+)?)\s+){0,4}(?:(?<=(?:his|her)\s+(?:\S+\s+){0,3})[\p{Ll}-]+,\s*)?$")]
    private static partial Regex Coordinated();

    // Between two travellers of a list before its "and": a comma, then roles ("A, Premier B and adviser C").
    [GeneratedRegex(@"^\s*,\s*(?:(?:the|his|her)\s+)?(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+(?:-\p{L}+)?)\s+){0,4}$")]
    private static partial Regex Listed();

    // ", and again in November 2016", ", and returned in January 1964", "and flew back there in 1970", "and came again in
    // October 1966": the same traveller and destination, another date.
    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?(?:again|once more|once again|returned(?=\s+(?:(?:there|again)\s+)?(?:in|on|during)\b)|(?:went|flew|travell?ed|came|returned)\s+(?:\p{L}+ly\s+)?(?:back\s+)?(?:there|again)|came\s+back(?=\s+(?:in|on|during)\b))\b")]
    private static partial Regex Again();

    // "Kim Jong Un welcomed Tô Lâm … visited": the person is an object of another verb, not the traveller ("X answered with a
    // tour of": what "with" brings is the journey itself).
    [GeneratedRegex(@"\b(?:welcomed|met|received|hosted|invited|greeted|with)\b(?!\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOfOtherVerb();

    // Nothing but a date or punctuation after the verb: "visited in 1986", "visited twice".
    [GeneratedRegex(@"^\s*(?:(?:in|on|during|twice|again|once|officially|later|first|that|the following)\b[^,;]*)?(?:[.;]?\s*$|,)", RegexOptions.IgnoreCase)]
    private static partial Regex NoObject();

    [GeneratedRegex(@"\b[A-Z][\p{L}'’-]+(?:\s+(?:(?:" + Gazetteer.PlaceParticles + @")[\s-]+)?[A-Z][\p{L}'’-]+)*")]
    private static partial Regex CapitalisedRun();
}
