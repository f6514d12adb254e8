using System.Text.RegularExpressions;
using Relations.Articles.Reference;

namespace Relations.Articles.Extraction;

/// <summary>Parties and units named by the people a transfer is for: those it is offered to, those whose service it helps
/// build, and learners named before a bare figure.</summary>
public static partial class AidExtractor
{
    /// <summary>"Havana had also begun to offer university places to young Ghanaians: 40 scholarships were granted": people a
    /// party's demonym names as the object of "to" before the cue receive; they are not its subject.</summary>
    private static Country? PeopleGivenTo(AnalysedArticle article, AnalysedSentence s, CountryMention people)
    {
        var text = s.Text;
        var end = people.Start + people.Length;
        // Only people: a plural demonym ("Ghanaians") or one before learners ("Ghanaian students"), not "according to Soviet sources".
        if (!text.AsSpan(people.Start, people.Length).EndsWith("s", StringComparison.Ordinal) && !LearnersNext().IsMatch(text.AsSpan(end)))
        {
            return null;
        }

        return ToPeople().IsMatch(text.AsSpan(Math.Max(0, people.Start - 30), Math.Min(30, people.Start))) ? article.Party(people.Country) : null;
    }

    /// <summary>"In 1961 it also offered 150 scholarships to Iraqi students", "handed over as a gift to the Mozambican armed
    /// forces": the first people or body after the cue that a party's demonym names as the object of "to".</summary>
    private static CountryMention? GivenToAfter(AnalysedArticle article, AnalysedSentence s, int cueEnd, int end) =>
        s.Countries.FirstOrDefault(c => c.Start >= cueEnd && c.Start < end && c.IsDemonym && article.Party(c.Country) is not null
            && ToParty().IsMatch(s.Text.AsSpan(Math.Max(cueEnd, c.Start - 20), c.Start - Math.Max(cueEnd, c.Start - 20))));

    /// <summary>"the Ministry for State Security sent some 40 advisers to help build up the Angolan security service": with no
    /// party named as giver or receiver, the party whose service or army the transfer is to build up, train or equip receives it.</summary>
    private static Country? PurposeRecipient(AnalysedArticle article, AnalysedSentence s, int cueEnd, int end)
    {
        // Most clauses state no purpose.
        var text = s.Text;
        if (text.IndexOf(" to ", cueEnd, end - cueEnd, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        foreach (var c in s.Countries)
        {
            if (c.Start >= cueEnd && c.Start < end && c.IsDemonym && article.Party(c.Country) is { } party
                && PurposeObject().IsMatch(text.AsSpan(Math.Max(cueEnd, c.Start - 40), c.Start - Math.Max(cueEnd, c.Start - 40))))
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>"Since 2006 Cuba has offered scholarships to Sri Lankan students; about 120 have graduated from …": a bare
    /// figure whose verb is one of learning counts the learners the sentence named before it.</summary>
    private static string? GraduatesNamedBefore(string text, TextSpan clause, int start, int end)
    {
        // Most bare figures are followed by no verb of learning.
        if (!text.AsSpan(end).StartsWith(" ha", StringComparison.Ordinal) || !LearnedAfter().IsMatch(text.AsSpan(end)))
        {
            return null;
        }

        string? learners = null;
        foreach (var m in Learners().EnumerateMatches(text.AsSpan(0, start)))
        {
            learners = text.Substring(m.Index, m.Length);
        }

        return learners is not null && learners.EndsWith('s') ? learners.ToLowerInvariant() : null;
    }

    // "to young ", "to ": the preposition whose object the people are.
    [GeneratedRegex(@"\bto\s+(?:\p{Ll}+\s+)?$")]
    private static partial Regex ToPeople();

    // "to ", "to the ", "to young ": the preposition whose object a party's people or body are ("according to Soviet sources"
    // names no one given to).
    [GeneratedRegex(@"(?<!according\s)\bto\s+(?:the\s+)?(?:\p{Ll}+\s+)?$")]
    private static partial Regex ToParty();

    // " students", " trainees": learners right after a demonym.
    [GeneratedRegex(@"^\s+(?:students|trainees|cadets|pupils|scholars)\b")]
    private static partial Regex LearnersNext();

    // " doctors", " military advisers": people sent to work, right after a demonym.
    [GeneratedRegex(@"^\s+(?:\p{Ll}+\s+)?(?:" + PersonnelWords + @")\b")]
    private static partial Regex PersonnelNext();

    // "to help build up the ", "to train the ", "to equip its ": a purpose whose object follows.
    [GeneratedRegex(@"\bto\s+(?:help\s+(?:to\s+)?)?(?:build(?:\s+up)?|rebuild|train|equip|organi[sz]e|reorgani[sz]e|moderni[sz]e|strengthen|set\s+up)\s+(?:the|its|their)\s+$")]
    private static partial Regex PurposeObject();

    // " have graduated", " had since completed": a verb of learning right after a bare figure.
    [GeneratedRegex(@"^\s+(?:have|has|had)\s+(?:(?:since|now|already|all)\s+)?(?:graduated|qualified|studied|trained|completed)\b")]
    private static partial Regex LearnedAfter();
}
