using System.Text.RegularExpressions;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>A sentence with everything the recognisers found in it: dates (years inherited), people, countries.</summary>
public sealed record AnalysedSentence(
    ArticleSentence Sentence,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<CountryMention> Countries,
    DateContext Before)
{
    public string Text => Sentence.Text;

    /// <summary>The year in force for this sentence: its own first year, else the one inherited.</summary>
    public int? Year => Dates.Count > 0 ? Dates[0].Date.Start.Year : Before.Year;
}

/// <summary>An article after recognition: its parties, sentences and people, and the country each person acts for.</summary>
public sealed partial class AnalysedArticle
{
    public AnalysedArticle(RelationTitle parties, Gazetteer gazetteer, IReadOnlyList<AnalysedSentence> sentences, ArticlePeople people)
    {
        Parties = parties;
        Gazetteer = gazetteer;
        Sentences = sentences;
        People = people;
        PersonCountries = MapPersonCountries();
    }

    public RelationTitle Parties { get; }

    public Gazetteer Gazetteer { get; }

    public IReadOnlyList<AnalysedSentence> Sentences { get; }

    public ArticlePeople People { get; }

    /// <summary>Display name → the country the person acts for, from a role ("Cuban leader Fidel Castro") or an apposition ("Che Guevara, then a Cuban government minister"), else from the curated list of people.</summary>
    public IReadOnlyDictionary<string, Country> PersonCountries { get; }

    public Country Other(Country party) => party == Parties.First ? Parties.Second : Parties.First;

    /// <summary>The party of the relation a country is or was (North Vietnam counts as Vietnam), or null for a third country.</summary>
    public Country? Party(Country? country) =>
        country is null ? null
        : Gazetteer.CountsAs(country, Parties.First) ? Parties.First
        : Gazetteer.CountsAs(country, Parties.Second) ? Parties.Second
        : null;

    /// <summary>The country mentions of each sentence and the people of the article: the first steps of <see cref="Analyse"/>.</summary>
    public static (List<IReadOnlyList<CountryMention>> Countries, ArticlePeople People) Recognise(Gazetteer gazetteer, PersonRecogniser recogniser, IReadOnlyList<ArticleSentence> sentences)
    {
        var countries = sentences.Select(s => gazetteer.FindMentions(s.Text)).ToList();
        return (countries, recogniser.FindInArticle(sentences.Select(s => s.Text).ToList(), countries));
    }

    public static AnalysedArticle Analyse(RelationTitle parties, Gazetteer gazetteer, PersonRecogniser recogniser, IReadOnlyList<ArticleSentence> sentences)
    {
        var (countries, people) = Recognise(gazetteer, recogniser, sentences);
        var analysed = new List<AnalysedSentence>(sentences.Count);
        var context = DateContext.None;
        var block = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Block != block)
            {
                // A new paragraph or list inherits no year in force, but "The following year …" opening it counts from the
                // last date before it.
                context = new DateContext(null, context.Previous);
                block = s.Block;
            }

            var dates = DateFixes.Apply(s.Text, DateTagger.Find(s.Text, context), context);
            analysed.Add(new AnalysedSentence(s, dates, people.Mentions[i], countries[i], context));
            context = DateTagger.Advance(context, dates);
        }

        return new AnalysedArticle(parties, gazetteer, analysed, people);
    }

    private Dictionary<string, Country> MapPersonCountries()
    {
        var map = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var s in Sentences)
        {
            foreach (var p in s.People)
            {
                var person = People.PersonOf(p);
                if (map.ContainsKey(person))
                {
                    continue;
                }

                var country = FromRole(s, p) ?? FromOfCountry(s, p) ?? FromApposition(s, p) ?? FromFirstOfKind(s, p) ?? FromLedDelegation(s, p);
                if (country is not null)
                {
                    map[person] = country;
                }
            }
        }

        // "Fidel Castro's three-week tour of Chile" in an article on Chile and the Soviet Union: whom the text gives no country,
        // the curated list may.
        foreach (var (person, name) in People.ListedCountries)
        {
            if (!map.ContainsKey(person) && Gazetteer.Find(name) is { } listed)
            {
                map[person] = listed;
            }
        }

        return map;
    }

    // "North Vietnam President Ho Chi Minh", "the new Cuban President Miguel Díaz-Canel": the country named just before the name.
    private static Country? FromRole(AnalysedSentence s, PersonMention p)
    {
        var before = s.Countries.LastOrDefault(c => c.Start + c.Length <= p.Start && p.Start - (c.Start + c.Length) <= 40);
        if (before is null)
        {
            return null;
        }

        var between = s.Text[(before.Start + before.Length)..p.Start];
        return RoleWords().IsMatch(between) ? before.Country : null;
    }

    // "Kenneth Kaunda of Zambia went to Beijing", "Mengistu Haile Mariam of Ethiopia": the country named right after "of".
    private static Country? FromOfCountry(AnalysedSentence s, PersonMention p)
    {
        var end = p.Start + p.Length;
        var rest = s.Text.AsSpan(end);
        var skip = rest.StartsWith(" of the ", StringComparison.Ordinal) ? 8 : rest.StartsWith(" of ", StringComparison.Ordinal) ? 4 : 0;
        return skip > 0 && s.Countries.FirstOrDefault(c => c.Start == end + skip) is { IsDemonym: false } country ? country.Country : null;
    }

    // "Che Guevara, then a Cuban government minister," / "Ri Il Gyu, a political counselor at the North Korean embassy".
    private static Country? FromApposition(AnalysedSentence s, PersonMention p)
    {
        var end = p.Start + p.Length;
        if (end >= s.Text.Length || s.Text[end] != ',')
        {
            return null;
        }

        var after = s.Countries.FirstOrDefault(c => c.Start > end && c.Start - end <= 70);
        if (after is null)
        {
            return null;
        }

        var between = s.Text[end..after.Start];
        if (Apposition().IsMatch(between) && RoleNoun().IsMatch(between))
        {
            return after.Country;
        }

        // "Eduard Shevardnadze, Soviet Foreign Minister, made": the country's adjective right after the comma, then the role.
        var afterEnd = after.Start + after.Length;
        var roleEnd = s.Text.IndexOf(',', afterEnd) is var comma and >= 0 ? comma : s.Text.Length;
        return after.IsDemonym && between.AsSpan().TrimEnd().SequenceEqual(",") && roleEnd - afterEnd <= 50 && RoleNoun().IsMatch(s.Text.AsSpan(afterEnd, roleEnd - afterEnd))
            ? after.Country
            : null;
    }

    // "Shinzō Abe visited Darwin, the first Japanese leader to do so", "…, the first visit by a sitting American president":
    // the first person of the phrase's clause is the one it describes ("A visited Budapest in 2003, and B returned the visit
    // in 2004, the first Hungarian head of state in Mongolia": B).
    private static Country? FromFirstOfKind(AnalysedSentence s, PersonMention p)
    {
        foreach (var c in s.Countries)
        {
            if (c.Start > p.Start + p.Length && FirstOfKindBefore().IsMatch(s.Text.AsSpan(0, c.Start)) && RoleAfter().IsMatch(s.Text.AsSpan(c.Start + c.Length))
                && ClauseSubject(s, c.Start) == p)
            {
                return c.Country;
            }
        }

        return null;
    }

    private static PersonMention ClauseSubject(AnalysedSentence s, int at)
    {
        var clause = -1;
        foreach (var clauseBreak in ClauseBreaks)
        {
            clause = Math.Max(clause, s.Text.LastIndexOf(clauseBreak, at, StringComparison.Ordinal));
        }

        return clause >= 0 && s.People.FirstOrDefault(q => q.Start > clause && q.Start < at) is { } subject ? subject : s.People[0];
    }

    private static readonly string[] ClauseBreaks = [", and ", "; ", ", while ", ", but "];

    // "Kim Yong Nam, who led the North Korean delegation to …", "Podgorny headed the Soviet party delegation", "a North Korean
    // parliamentary delegation headed by Vice Chairman Kang Yun-sok": the leader of a country's delegation acts for it.
    private static Country? FromLedDelegation(AnalysedSentence s, PersonMention p)
    {
        var end = p.Start + p.Length;
        var demonym = s.Countries.FirstOrDefault(c => c.Start > end && c.Start - end <= 30);
        if (demonym is { IsDemonym: true } && LedThe().IsMatch(s.Text.AsSpan(end, demonym.Start - end))
            && DelegationAfter().IsMatch(s.Text.AsSpan(demonym.Start + demonym.Length)))
        {
            return demonym.Country;
        }

        var before = s.Countries.LastOrDefault(c => c.Start + c.Length <= p.Start && p.Start - (c.Start + c.Length) <= 80);
        return before is { IsDemonym: true } && DelegationLedBy().IsMatch(s.Text.AsSpan(before.Start + before.Length, p.Start - before.Start - before.Length))
            ? before.Country
            : null;
    }

    [GeneratedRegex(@"^\s+(?:(?:party|government|state|military|parliamentary|official|trade|high-level)\s+){0,2}delegation\s+(?:headed|led)\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*|of|the)\s+){0,5}$")]
    private static partial Regex DelegationLedBy();

    [GeneratedRegex(@"^(?:,\s*who)?\s+(?:led|headed)\s+(?:a|an|the)\s+$")]
    private static partial Regex LedThe();

    [GeneratedRegex(@"^\s+(?:(?:party|government|state|military|parliamentary|official|trade|high-level)\s+){0,2}delegation\b")]
    private static partial Regex DelegationAfter();

    [GeneratedRegex(@"\bthe first (?:visit by an? )?(?:(?:sitting|serving|reigning|incumbent)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FirstOfKindBefore();

    [GeneratedRegex(@"^\s+(?:head of (?:state|government)|leader|president|prime minister|premier|chancellor|king|queen|monarch|emperor|foreign minister|minister|general secretary|statesman)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();

    // Only role words (and "the"/"then") may stand between the country and the name.
    [GeneratedRegex(@"^(?:'s)?\s*(?:(?:the|then|former|new|late|first|deputy|vice|acting|supreme|prime|minister|president|leader|premier|chairman|chairwoman|general|secretary|foreign|defence|defense|party|head|of|state|government|king|queen|prince|emperor|marshal|ambassador|envoy|counselor|counsellor|diplomat|official|commander|communist|revolutionary|dictator|statesman|politician|counterpart)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWords();

    // ", then a Cuban government minister", ", General Secretary of the Communist Party of Kampuchea": words only, no clause break.
    [GeneratedRegex(@"^,\s*(?:then\s+|later\s+|now\s+|at the time\s+)?(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,8}$")]
    private static partial Regex Apposition();

    // "official" as a noun, not the adjective of "official friendly visit to".
    [GeneratedRegex(@"\b(?:minister|president|leader|premier|secretary|chairman|chairwoman|chair|counselor|counsellor|ambassador|envoy|diplomat|official(?!\s+(?:[\p{Ll}-]+\s+){0,2}(?:visit|trip|talks)\b)|officer|general|marshal|commander|king|queen|prince|emperor|head|chief|deputy|governor|mayor|spokesman|spokeswoman|founder|dictator)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();
}
