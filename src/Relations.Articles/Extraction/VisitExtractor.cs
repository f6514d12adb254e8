using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>
/// Visits: a named person travelling to the other party ("X visited Y in …", "X came to Vietnam on …", "made an
/// official visit to …", "to attend the Hanoi Summit", "X visited in 1986" → the other party). The traveller is the
/// person named last before the verb in the clause; their country comes from a role or apposition, else the other
/// party. One visit per date of the clause; a later mention of the same visit (overlapping dates) adds nothing.
/// </summary>
public static partial class VisitExtractor
{
    public static IReadOnlyList<VisitFact> Extract(AnalysedArticle article)
    {
        var visits = new List<VisitFact>();
        foreach (var s in article.Sentences)
        {
            if (s.Dates.Count == 0 || s.People.Count == 0)
            {
                continue;
            }

            foreach (var clause in Clauses.Split(s.Text))
            {
                foreach (Match verb in Trigger().Matches(s.Text, clause.Start))
                {
                    if (verb.Index >= clause.End)
                    {
                        break;
                    }

                    if (FromVerb(article, s, clause, verb) is { } found)
                    {
                        foreach (var v in found.Where(v => !visits.Any(o => SameVisit(o, v))))
                        {
                            visits.Add(v);
                        }
                    }
                }
            }
        }

        return visits;
    }

    private static List<VisitFact>? FromVerb(AnalysedArticle article, AnalysedSentence s, TextSpan clause, Match verb)
    {
        // The traveller: the last person named before the verb in this clause, not the object of another verb.
        var traveller = s.People.LastOrDefault(p => p.Start >= clause.Start && p.Start + p.Length <= verb.Index);
        if (traveller is null || ObjectOfOtherVerb().IsMatch(s.Text[(traveller.Start + traveller.Length)..verb.Index]))
        {
            return null;
        }

        var person = article.People.PersonOf(traveller);
        var destination = Destination(article, s, clause, verb);
        // A person acting for a third country (Pol Pot in a North Korea–Vietnam article) makes no visit between the parties.
        var home = article.PersonCountries.GetValueOrDefault(person);
        if (home is not null && article.Party(home) is null)
        {
            return null;
        }

        if (destination is null)
        {
            // "Cuban leader Fidel Castro visited in 1986": the destination is the other party.
            if (home is null || !NoObject().IsMatch(s.Text[(verb.Index + verb.Length)..clause.End]))
            {
                return null;
            }

            destination = article.Other(article.Party(home)!);
        }

        var to = destination;
        var toParty = article.Party(to);
        if (toParty is null)
        {
            return null;
        }

        var from = home ?? article.Other(toParty);
        if (article.Party(from) == toParty)
        {
            return null;
        }

        // Dates of this clause after the traveller: "visited North Vietnam in November–December 1958 and November 1964" is two visits.
        var dates = s.Dates.Where(d => clause.Contains(d.Start) && !Clauses.InParentheses(s.Text, d.Start)).ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        return dates.Select(d => new VisitFact(person, from.Name, to.Name, d.Date, s.Sentence.Source with { Text = clause.Of(s.Text) })).ToList();
    }

    /// <summary>The first country or city named after the verb in the clause ("visited North Korea", "to attend the Hanoi Summit").</summary>
    private static Country? Destination(AnalysedArticle article, AnalysedSentence s, TextSpan clause, Match verb)
    {
        var after = verb.Index + verb.Length;
        var country = s.Countries.FirstOrDefault(c => c.Start >= after && c.Start < clause.End && !c.IsDemonym);
        var city = CityAfter(article.Gazetteer, s.Text, after, clause.End);
        if (city is not null && (country is null || city.Value.Start < country.Start))
        {
            return city.Value.Country;
        }

        return country?.Country;
    }

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
        a.Person == b.Person && a.To == b.To && a.Date.Earliest <= b.Date.Latest && b.Date.Earliest <= a.Date.Latest;

    // Verbs of travel.
    [GeneratedRegex(@"\b(?:visited|visits|paid (?:an? )?(?:\w+ )?visit to|made (?:an? )?(?:\w+ )?(?:\w+ )?visit to|(?:came|went|travel(?:l)?ed|flew|returned) to|arrived in|toured|(?:a |the )?(?:\w+ )?(?:trip|journey|train ride) to|to attend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    // "Kim Jong Un welcomed Tô Lâm … visited": the person is an object of another verb, not the traveller.
    [GeneratedRegex(@"\b(?:welcomed|met|received|hosted|invited|greeted|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOfOtherVerb();

    // Nothing but a date or punctuation after the verb: "visited in 1986", "visited twice".
    [GeneratedRegex(@"^\s*(?:(?:in|on|during|twice|again|once|officially|later|first)\b[^,;]*)?[.,;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoObject();

    [GeneratedRegex(@"\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*")]
    private static partial Regex CapitalisedRun();
}
