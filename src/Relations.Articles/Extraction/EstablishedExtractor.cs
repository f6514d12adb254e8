using System.Buffers;
using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// The date diplomatic relations were first established: the earliest dated sentence that says so
/// ("established formal diplomatic relations on January 31, 1950", "has had diplomatic relations … ever since 29 August 1960")
/// and names no third country as the partner ("Cuba established diplomatic relations with South Korea" in a Cuba–North Korea article).
/// </summary>
public static partial class EstablishedExtractor
{
    public static EstablishedFact? Extract(AnalysedArticle article)
    {
        var parties = article.Parties;
        var gazetteer = article.Gazetteer;
        EstablishedFact? best = null;
        foreach (var s in article.Sentences)
        {
            // Most sentences hold none of the phrase's words (a vectorised search): the regex is not run on them.
            var m = s.Text.AsSpan().IndexOfAny(PhraseWords) >= 0 ? EstablishmentPhrase().Match(s.Text) : Match.Empty;
            if (!m.Success)
            {
                continue;
            }

            // The phrase's own comma part: a negation elsewhere is another statement's ("agreed to establish diplomatic
            // relations on 4 September 1955, but the embassy did not open until 1956").
            var partStart = s.Text.LastIndexOf(',', m.Index) + 1;
            var partEnd = s.Text.IndexOf(',', m.Index + m.Length) is var comma and >= 0 ? comma : s.Text.Length;
            if (Negated().IsMatch(s.Text.AsSpan(partStart, partEnd - partStart)) || NamesThirdCountry(s.Text, m, s.Countries, parties, gazetteer))
            {
                continue;
            }

            // The date in the phrase's own comma part before any other ("recognised the government in June 1961, and diplomatic
            // relations were established on 16 October 1962"), then the nearest to the phrase.
            var date = s.Dates
                .Where(d => d.Date.Qualifier is not DateQualifier.Until && !InPersonAside(s.Text, d.Start, m.Index))
                .OrderBy(d => d.Start >= partStart && d.Start < partEnd ? 0 : 1)
                .ThenBy(d => Math.Abs(d.Start - m.Index))
                .Select(d => d.Date)
                .FirstOrDefault();
            if (date is null)
            {
                continue;
            }

            // Earlier wins; where the two overlap ("in 1962" and "on 5 September 1962") the finer date wins.
            var overlaps = best is not null && date.Earliest <= best.Date.Latest && best.Date.Earliest <= date.Latest;
            if (best is null || (overlaps ? date.Precision < best.Date.Precision : date.Earliest < best.Date.Earliest))
            {
                best = new EstablishedFact(date, s.Sentence.Source);
            }
        }

        return best;
    }

    // "Boumédiène, who overthrew Ben Bella in June 1965, was cautious, and five more years passed before the two sides agreed to
    // exchange ambassadors": a date in an aside about a person, away from the phrase, dates that person's deed.
    private static bool InPersonAside(string sentence, int date, int phrase)
    {
        var who = sentence.LastIndexOf(", who ", date, StringComparison.Ordinal);
        if (who < 0 || sentence.IndexOf(',', who + 1, date - who - 1) >= 0)
        {
            return false;
        }

        var close = sentence.IndexOf(',', date);
        return phrase < who || (close >= 0 && phrase > close);
    }

    /// <summary>
    /// A third country in the part of the sentence that holds the phrase, between the commas around it: the partner
    /// ("Cuba established diplomatic relations with South Korea"), never an aside ("…on 14 October 1942, when both were
    /// at war with Germany").
    /// </summary>
    private static bool NamesThirdCountry(string sentence, Match phrase, IReadOnlyList<CountryMention> mentions, RelationTitle parties, Gazetteer gazetteer)
    {
        var from = sentence.LastIndexOf(',', phrase.Index) + 1;
        var to = sentence.IndexOf(',', phrase.Index + phrase.Length) is var comma and >= 0 ? comma : sentence.Length;
        return mentions.Any(c => c.Start >= from && c.Start < to
            && !c.IsDemonym
            && !gazetteer.SameLineage(c.Country, parties.First)
            && !gazetteer.SameLineage(c.Country, parties.Second));
    }

    // "established … relations", "diplomatic relations … since", "diplomatic ties date from 1950", "formal relations date
    // from 1975", "diplomatic relations between the Republic of X and the Democratic Republic of Y were established", "Relations were
    // established in October 1960" (opening its sentence: not "trade relations were established"), "first exchanged
    // diplomatic representatives / ambassadors", "agreed to exchange ambassadors", "recognised each other".
    /// <summary>Words one of which every match of <see cref="EstablishmentPhrase"/> holds (a filter: other words hold them too).</summary>
    private static readonly SearchValues<string> PhraseWords = SearchValues.Create(["relations", "ties", "exchang", "recogni"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:establish(?:ed|ing)?|open(?:ed)?|set up|initiat(?:ed)|normali[sz]ed|restor(?:ed)|formali[sz]ed|began)\b[^.;]{0,40}\b(?:diplomatic\s+)?(?:relations|ties)\b|\b(?:diplomatic|formal|full)\s+(?:relations|ties)\b[^.;]{0,60}\b(?:established|since|began|were\s+opened|dat(?:e|es|ing)\s+(?:back\s+)?(?:from|to))\b|\b[Ff]ormal\s+(?:diplomatic\s+)?(?:relations|ties)\s+dat(?:e|es|ing)\s+(?:back\s+)?(?:from|to)\b|\b(?:diplomatic|formal|full)\s+(?:relations|ties)\s+between\s+[^.;,]{0,100}?\b(?:were|was|had\s+been)\s+(?:first\s+|formally\s+|officially\s+)?established\b|\b(?-i:Relations)\s+(?:between\s+[^.;,]{0,100}?\s+)?(?:were|had\s+been)\s+(?:first\s+|formally\s+|officially\s+)?(?:established|normali[sz]ed)\b|\bexchang(?:e|ed|ing)\s+(?:diplomatic\s+(?:representatives|missions|envoys|relations)|ambassadors|envoys|legations)\b|\brecogni[sz](?:ed|ing)\s+each\s+other\b|\b(?:diplomatic|formal|full)\s+(?:relations|ties)\s+followed\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstablishmentPhrase();

    [GeneratedRegex(@"\b(?:never|not|no longer|severed|broke off|cut off|suspended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();
}
