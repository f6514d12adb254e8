using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>Givers a clause names by where its subject went or stayed or by the goods it took, when no party is its subject.</summary>
public static partial class AidExtractor
{
    /// <summary>"Khrushchev and Bulganin stayed in Kabul from 15 to 19 December 1955 and announced a development credit": the
    /// party whose city the unplaced subject visited, stayed in or flew to before the cue is the host; the visitors come from
    /// the other.</summary>
    private static Country? HostCity(AnalysedArticle article, string text, int from, int cue)
    {
        // Most clauses with no subject name no stay.
        var span = text.AsSpan(from, cue - from);
        if (!span.Contains("visit", StringComparison.Ordinal) && !span.Contains("stayed", StringComparison.Ordinal) && !span.Contains("toured", StringComparison.Ordinal)
            && !span.Contains("flew to", StringComparison.Ordinal) && !span.Contains("travel", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var m in StayIn().EnumerateMatches(span))
        {
            var place = span.Slice(m.Index, m.Length);
            var name = place[StayVerbLength(place)..];
            if (article.Gazetteer.FindByCity(name) is { } city && article.Party(city) is { } host)
            {
                return host;
            }
        }

        return null;
    }

    /// <summary>"President Ortega spent three days in Cuba and announced a credit": the party a named person whose country is
    /// not known was in before the cue is the host; the person comes from the other.</summary>
    private static Country? HostCountry(AnalysedArticle article, AnalysedSentence s, int from, int cue)
    {
        var place = s.Countries.LastOrDefault(c => c.Start >= from && c.Start + c.Length <= cue && !c.IsDemonym && PlaceIn(s.Text, c.Start)
            && article.Party(c.Country) is not null);
        return place is not null && s.People.Any(p => p.Start >= from && p.Start < place.Start) ? article.Party(place.Country) : null;
    }

    /// <summary>"came home with a soft loan of …", "returned with a credit": the traveller brings home what the cue names.</summary>
    private static bool CameHomeWith(string text, TextSpan clause, int cue)
    {
        // Most noun cues follow no "with".
        var before = Before(text, clause, cue, 50);
        return before.Contains("with ", StringComparison.Ordinal) && HomeWith().IsMatch(before);
    }

    /// <summary>The party whose city or country the sentence names last before <paramref name="cue"/> as somewhere gone to
    /// ("led a delegation to Moscow", "travelled to Ghana").</summary>
    private static Country? PlaceWentTo(AnalysedArticle article, AnalysedSentence s, int cue)
    {
        Country? gone = null;
        foreach (var m in GoneTo().EnumerateMatches(s.Text.AsSpan(0, cue)))
        {
            var nameStart = m.Index + 3;
            var name = s.Text.AsSpan(nameStart, m.Length - 3).TrimStart();
            var country = s.Countries.FirstOrDefault(c => c.Start == nameStart && !c.IsDemonym)?.Country;
            if (article.Party(article.Gazetteer.FindByCity(name) ?? country) is { } party)
            {
                gone = party;
            }
        }

        return gone;
    }

    // "came home with a soft ", "returned to Accra with an interest-free ": up to the noun cue.
    [GeneratedRegex(@"\b(?:came|comes|returned|returns|went)\s+(?:home|back)(?:\s+to\s+\p{Lu}[\p{L}'’-]+)?\s+with\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}$")]
    private static partial Regex HomeWith();

    // "to Moscow", "to North Korea": somewhere a traveller went.
    [GeneratedRegex(@"\bto \p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*")]
    private static partial Regex GoneTo();

    // "in Cuba": the place something happens, not who does it.
    private static bool PlaceIn(string text, int start) => text.AsSpan(0, start).EndsWith(" in ", StringComparison.Ordinal);

    // The length of "stayed in " or "visited " at the start of a StayIn match.
    private static int StayVerbLength(ReadOnlySpan<char> place)
    {
        var i = 0;
        while (i < place.Length && !char.IsUpper(place[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>"Daoud accepted a Soviet arms package worth US$32.4 million", "the accord provided a Soviet credit of …": with
    /// no party as the subject of a verb of receiving or giving, a party's demonym on what is received or given, in the cue's
    /// own phrase, names the giver.</summary>
    private static Country? ObjectDemonym(AnalysedArticle article, AnalysedSentence s, int cueEnd, int end)
    {
        var comma = s.Text.IndexOfAny([',', ';'], cueEnd, end - cueEnd);
        var to = Math.Min(comma < 0 ? end : comma, cueEnd + 30);
        var demonym = s.Countries.FirstOrDefault(c => c.Start >= cueEnd && c.Start < to && c.IsDemonym);
        return demonym is not null && ObjectArticle().IsMatch(s.Text.AsSpan(cueEnd, demonym.Start - cueEnd)) ? article.Party(demonym.Country) : null;
    }

    // "stayed in Kabul", "visited Hanoi", "toured Pyongyang": a stay in a named place; "flew to Accra in May 1983 to sign a
    // credit", "travelled to Hanoi": so is a journey there.
    [GeneratedRegex(@"\b(?:stayed\s+in|visited|toured|(?:flew|travell?ed)\s+to)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*")]
    private static partial Regex StayIn();
}
