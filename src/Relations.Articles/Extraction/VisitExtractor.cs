using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>
/// Visits: a named person travelling to the other party. Recognised shapes:
/// "X visited Y in …", "X came to Vietnam on …", "X made his first official visit to Hanoi …", "X … to attend the Hanoi Summit",
/// "X visited in 1986" (the other party), "During Premier X's visit to Pyongyang in …", "During a visit to Moscow, X and Y signed …",
/// "… during a visit by Vietnamese leader X", "Y returned the visit that year" (to where the last visitor came from).
/// The traveller is the person named last before the verb in the date's part of the clause; their country comes from a role
/// or apposition, else the other party. One visit per date of that part; a person's visits with overlapping dates are one visit.
/// </summary>
public static partial class VisitExtractor
{
    public static IReadOnlyList<VisitFact> Extract(AnalysedArticle article)
    {
        var visits = new List<VisitFact>();
        var block = -1;
        VisitFact? last = null;
        foreach (var s in article.Sentences)
        {
            if (s.Sentence.Block != block)
            {
                block = s.Sentence.Block;
                last = null;
            }

            if (s.Dates.Count == 0 || s.People.Count == 0)
            {
                continue;
            }

            foreach (var clause in Clauses.Split(s.Text))
            {
                var regions = DateRegions.Of(s.Text, clause, s.Dates);
                foreach (Match verb in Trigger().Matches(s.Text, clause.Start))
                {
                    if (verb.Index >= clause.End)
                    {
                        break;
                    }

                    var region = DateRegions.At(regions, verb.Index);
                    foreach (var v in FromVerb(article, s, region, verb, last))
                    {
                        if (!visits.Any(o => SameVisit(o, v)))
                        {
                            visits.Add(v);
                        }

                        last = v;
                    }
                }
            }
        }

        return visits;
    }

    private static IEnumerable<VisitFact> FromVerb(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb, VisitFact? last)
    {
        var traveller = Traveller(s, region, verb);
        if (traveller is null)
        {
            yield break;
        }

        var person = article.People.PersonOf(traveller);

        // A person acting for a third country (Pol Pot in a North Korea–Vietnam article) makes no visit between the parties.
        var home = article.PersonCountries.GetValueOrDefault(person);
        if (home is not null && article.Party(home) is null)
        {
            yield break;
        }

        var destination = verb.Groups["place"].Success
            ? Place(article, verb.Groups["place"].Value)
            : Destination(article, s, region, verb);
        if (destination is null)
        {
            if (verb.Groups["returned"].Success && last is not null && last.Person != person)
            {
                destination = article.Gazetteer.Find(last.From);
            }
            else if (home is not null && (verb.Groups["by"].Success || NoObject().IsMatch(s.Text[(verb.Index + verb.Length)..region.End])))
            {
                // "Cuban leader Fidel Castro visited in 1986", "a visit by Vietnamese leader Lê Duẩn": the other party.
                destination = article.Other(article.Party(home)!);
            }
        }

        var toParty = article.Party(destination);
        if (destination is null || toParty is null)
        {
            yield break;
        }

        var from = home ?? article.Other(toParty);
        if (article.Party(from) == toParty)
        {
            yield break;
        }

        var dates = s.Dates.Where(d => region.Contains(d.Start) && !Clauses.InParentheses(s.Text, d.Start)).ToList();
        foreach (var d in dates)
        {
            // Parties are named as in the title (North Vietnam's leader visits for Vietnam), as the gold annotations do.
            yield return new VisitFact(person, article.Party(from)!.Name, toParty.Name, d.Date, s.Sentence.Source with { Text = region.Of(s.Text).Trim() });
        }
    }

    /// <summary>Who travels: the possessor ("X's visit to"), the person after "visit by", the first person after
    /// "During a visit to P," or else the last person named before the verb who is not the object of another verb.</summary>
    private static PersonMention? Traveller(AnalysedSentence s, TextSpan region, Match verb)
    {
        if (verb.Groups["possessive"].Success)
        {
            return s.People.LastOrDefault(p => p.Start + p.Length <= verb.Index && verb.Index - (p.Start + p.Length) <= 1);
        }

        if (verb.Groups["by"].Success)
        {
            var after = verb.Index + verb.Length;
            return s.People.FirstOrDefault(p => p.Start >= after && p.Start - after <= 50);
        }

        if (verb.Groups["during"].Success)
        {
            var after = verb.Index + verb.Length;
            return s.People.FirstOrDefault(p => p.Start >= after && region.Contains(p.Start));
        }

        var before = s.People.LastOrDefault(p => p.Start >= region.Start && p.Start + p.Length <= verb.Index);
        return before is null || ObjectOfOtherVerb().IsMatch(s.Text[(before.Start + before.Length)..verb.Index]) ? null : before;
    }

    /// <summary>The first country or city named after the verb in the date's part ("visited North Korea", "to attend the Hanoi Summit").</summary>
    private static Country? Destination(AnalysedArticle article, AnalysedSentence s, TextSpan region, Match verb)
    {
        var after = verb.Index + verb.Length;
        var country = s.Countries.FirstOrDefault(c => c.Start >= after && c.Start < region.End && !c.IsDemonym);
        var city = CityAfter(article.Gazetteer, s.Text, after, Math.Max(after, region.End));
        if (city is not null && (country is null || city.Value.Start < country.Start))
        {
            return city.Value.Country;
        }

        return country?.Country;
    }

    private static Country? Place(AnalysedArticle article, string words) =>
        article.Gazetteer.Find(words) ?? article.Gazetteer.FindByCity(words) ?? (article.Gazetteer.FindMentions(words) is [var first, ..] ? first.Country : null);

    private static (Country Country, int Start)? CityAfter(Gazetteer gazetteer, string text, int from, int to)
    {
        foreach (Match m in CapitalisedRun().Matches(text[from..to]))
        {
            if (gazetteer.FindByCity(m.Value) is { } c)
            {
                return (c, from + m.Index);
            }

            // "the Hanoi Summit": the first word of a longer name may be the city.
            if (m.Value.Split(' ')[0] is var first && gazetteer.FindByCity(first) is { } c2)
            {
                return (c2, from + m.Index);
            }
        }

        return null;
    }

    private static bool SameVisit(VisitFact a, VisitFact b) =>
        a.Person == b.Person && a.Date.Earliest <= b.Date.Latest && b.Date.Earliest <= a.Date.Latest;

    // Verbs and nouns of travel.
    [GeneratedRegex(
        @"(?<during>\b[Dd]uring (?:a|an|his|her|their|the) (?:(?:first|official|state|working|secret|historic|two-day|three-day)\s+)*visit to (?<place>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*),)"
        + @"|(?<possessive>'s\s+(?:(?:first|official|state|working|secret|historic|return|landmark|two-day|three-day)\s+){0,2}(?:visit|trip) to)"
        + @"|(?<by>\bvisit by)"
        + @"|(?<returned>\breturned the visit\b)"
        + @"|\b(?:visited|visits|to visit|(?:came|went|travel(?:l)?ed|flew|returned) to|arrived in|toured|to attend"
        + @"|(?:visit|trip|journey)(?:\s+abroad)?(?:\s+as\s+[a-z]+(?:\s+[a-z]+)?)?\s+to)\b")]
    private static partial Regex Trigger();

    // "Kim Jong Un welcomed Tô Lâm … visited": the person is an object of another verb, not the traveller.
    [GeneratedRegex(@"\b(?:welcomed|met|received|hosted|invited|greeted|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOfOtherVerb();

    // Nothing but a date or punctuation after the verb: "visited in 1986", "visited twice".
    [GeneratedRegex(@"^\s*(?:(?:in|on|during|twice|again|once|officially|later|first|that|the following)\b[^,;]*)?[.,;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoObject();

    [GeneratedRegex(@"\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*")]
    private static partial Regex CapitalisedRun();
}
