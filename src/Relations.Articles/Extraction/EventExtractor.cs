using System.Buffers;
using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// Dated events: every clause that carries its own date and says something happened (GOLD-FORMAT.md, "events").
/// One event per date expression of a clause ("visited North Vietnam in November–December 1958 and November 1964"
/// is two events). Dates in parentheses count only when the clause has no other date ("aid (1966: …; 1967: …)").
/// A state rather than a happening ("Until 2024, Cuba was one of the last countries …") is not an event.
/// </summary>
public static partial class EventExtractor
{
    public static IReadOnlyList<EventFact> Extract(AnalysedArticle article)
    {
        var events = new List<EventFact>();
        var block = -1;
        var envoyList = false;
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            var s = article.Sentences[i];
            if (s.Sentence.Block != block)
            {
                block = s.Sentence.Block;
                envoyList = s.Sentence.IsListItem && EnvoysCaption(article.Sentences, i);
            }

            if (s.Dates.Count == 0 || IsTenure(s, envoyList))
            {
                continue;
            }

            foreach (var clause in WithUndatedClausesJoined(s))
            {
                // Parenthesised dates stand for the clause only as a dated series ("aid (1966: 12.3 million rubles; 1967: …)") or as
                // the date a list item closes with ("- Kojo Botsio, Minister of Agriculture (May 1962)"), never as an aside
                // ("Egypt (the United Arab Republic from 1958 to 1971)").
                var dates = new List<DateMention>();
                DateMention? series = null;
                foreach (var d in s.Dates)
                {
                    if (!clause.Contains(d.Start))
                    {
                        continue;
                    }

                    if (!Clauses.InParentheses(s.Text, d.Start))
                    {
                        dates.Add(d);
                    }
                    else if (series is null && (SeriesLabel().IsMatch(s.Text.AsSpan(d.Start + d.Length)) || ClosesItem(s, d)))
                    {
                        series = d;
                    }
                }

                if (dates.Count == 0)
                {
                    if (series is null)
                    {
                        continue;
                    }

                    dates.Add(series);
                }

                var text = clause.Of(s.Text);
                var segments = Clauses.Segments(s.Text, clause);
                var regions = DateRegions.Of(s.Text, clause, dates);

                // What depends on the clause alone is found once for all its dates ("in 1958 and 1964" is two events).
                List<string>? countries = null;
                EventKind? kind = null;
                Provenance? source = null;
                // "returned the visit two years later, touring Delhi from 3 to 9 December 1969": one event, on the days.
                Dictionary<DateMention, DateMention>? restated = null;
                foreach (var d in dates)
                {
                    if (DateRegions.RestatedLater(s.Text, dates, d) is { } e)
                    {
                        (restated ??= [])[d] = e;
                    }
                }

                foreach (var d in dates)
                {
                    if (restated is not null && restated.ContainsValue(d))
                    {
                        continue;
                    }

                    if (IsState(text, d.Date) || IsAttributive(s.Text, d) || InDescriptionOfAnEarlierDate(s.Text, clause, dates, d)
                        || Departures.IsDeparture(s.Text, s.Dates, d) || InYearlySeries(s.Text, dates, d))
                    {
                        continue;
                    }

                    // People of the date's own part: "X visited A in 1956, and Y returned the visit in 1957" is two events with one person each.
                    var span = regions.Count > 1 ? DateRegions.At(regions, d.Start)
                        : segments.Count > 1 ? segments.First(g => g.Contains(d.Start) || g.End == d.Start + d.Length)
                        : clause;
                    var persons = regions.Count <= 1 && segments.Count > 1 ? SegmentPeople(article, s, segments, dates, span) : People(article, s, span);
                    if (regions.Count > 1 && span.Start > regions[0].Start
                        && (ElidedSubject().IsMatch(s.Text.AsSpan(span.Start, span.Length)) || PronounSubject(s, span)))
                    {
                        persons = WithSubject(article, s, regions[IndexOf(regions, span) - 1], persons);
                    }
                    else if (regions.Count > 1 && span.Start > regions[0].Start
                        && (RelativeWho().IsMatch(s.Text.AsSpan(span.Start, span.Length)) ? s.People.LastOrDefault(p => p.Start + p.Length <= span.Start)
                            : OpensWithVerb().IsMatch(s.Text.AsSpan(span.Start, span.Length)) ? SubjectBeforeAside(s, span.Start)
                            : null) is { } subject
                        && !persons.Contains(article.People.PersonOf(subject)))
                    {
                        // "…, and it kept close ties with X, who came to New Delhi in May 1988": the person the clause is about;
                        // "X, who replaced Y as party leader in August 1984, travelled to Vietnam two years later": the subject.
                        persons = [article.People.PersonOf(subject), .. persons];
                    }
                    else if (clause.Start > 0 && span.Start == clause.Start && PronounSubject(s, span))
                    {
                        // "X attended the summit in Hanoi in October 2004; he returned in November 2006": a later clause too.
                        persons = WithSubject(article, s, new TextSpan(0, clause.Start), persons);
                    }

                    countries ??= Countries(s, clause);
                    kind ??= EventKinds.Classify(text, text.AsSpan().IndexOfAny(RelationsWords) >= 0 && EstablishmentPhrase().IsMatch(text) && !NamesThirdCountry(article, s, clause));
                    source ??= s.Sentence.Source with { Text = text };
                    var date = DateRegions.FinerInParentheses(s.Text, s.Dates, span, d)?.Date ?? d.Date;
                    if (restated is not null && restated.TryGetValue(d, out var days))
                    {
                        date = days.Date;
                        persons = [.. persons.Union(People(article, s, regions.Count > 1 ? DateRegions.At(regions, days.Start) : clause))];
                    }

                    events.Add(new EventFact(date, text, kind.Value, countries, persons, source));
                }
            }
        }

        return events;
    }

    /// <summary>
    /// "- Lajos Cséby, 1960–1963", "- 1974–1979: Ferenc Varga", "- Jacek Rakowski — since 2021": an item of a list of
    /// ambassadors (by its section, or the line before the list: "Later East German ambassadors in Algiers:") that gives a
    /// name and the years of a post is a tenure, not a happening.
    /// </summary>
    private static bool IsTenure(AnalysedSentence s, bool envoyList)
    {
        if (!s.Sentence.IsListItem || (!envoyList && !EnvoysSection().IsMatch(s.Sentence.Source.Section)))
        {
            return false;
        }

        var rest = s.Text.ToCharArray();
        foreach (var d in s.Dates)
        {
            Array.Fill(rest, ' ', d.Start, d.Length);
        }

        return NameAndYearsOnly().IsMatch(rest);
    }

    // The line that announces the list the sentence at index opens: "Swedish ambassadors in Havana have included:".
    private static bool EnvoysCaption(IReadOnlyList<AnalysedSentence> sentences, int index) =>
        index > 0 && sentences[index - 1].Sentence is { IsListItem: false } lead && lead.Block == sentences[index].Sentence.Block - 1
        && lead.Section == sentences[index].Sentence.Section && lead.Text.TrimEnd().EndsWith(':') && EnvoysSection().IsMatch(lead.Text);

    // The last part of a section path that names ambassadors or envoys: "Ambassadors", "List of ambassadors".
    [GeneratedRegex(@"(?:^|>)[^>]*\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Hh]eads\s+of\s+mission|[Cc]hargés?\s+d'affaires)\b[^>]*$")]
    private static partial Regex EnvoysSection();

    [GeneratedRegex(@"^[\s\p{P}]*(?:(?:\p{Lu}[\p{L}'’.-]*|since|from|until|to|present|date|today)[\s\p{P}]*)+$")]
    private static partial Regex NameAndYearsOnly();

    /// <summary>
    /// The clauses of a sentence, each undated one joined to the dated clause before it: "In April 1961 the brigade sailed
    /// from Puerto Cabezas; the dictator saw the ships off" is one happening, with the people of both clauses.
    /// </summary>
    private static IReadOnlyList<TextSpan> WithUndatedClausesJoined(AnalysedSentence s)
    {
        var clauses = Clauses.Split(s.Text);
        if (clauses.Count == 1)
        {
            return clauses;
        }

        var joined = new List<TextSpan>(clauses.Count);
        foreach (var clause in clauses)
        {
            var dated = false;
            foreach (var d in s.Dates)
            {
                dated |= clause.Contains(d.Start);
            }

            if (!dated && joined.Count > 0)
            {
                joined[^1] = new TextSpan(joined[^1].Start, clause.End - joined[^1].Start);
            }
            else
            {
                joined.Add(clause);
            }
        }

        return joined;
    }

    /// <summary>
    /// "Castro arrived in Managua in July 1980, and returned in January 1985": a part that goes on with a verb, or with "he"
    /// or "she", shares the subject of the part before it, its first person.
    /// </summary>
    private static IReadOnlyList<string> WithSubject(AnalysedArticle article, AnalysedSentence s, TextSpan before, IReadOnlyList<string> persons)
    {
        var subject = People(article, s, before);
        return subject.Count == 0 || persons.Contains(subject[0]) ? persons : [subject[0], .. persons];
    }

    private static int IndexOf(IReadOnlyList<TextSpan> regions, TextSpan span)
    {
        for (var k = 0; k < regions.Count; k++)
        {
            if (regions[k] == span)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>
    /// The people of a date's own segment and of every segment with no date of its own: "Nasser was among the heads of state
    /// at the Belgrade Conference, which opened on 1 September 1961" is Nasser's; "X went to Vientiane on 22 February 1983,
    /// which also brought Y from Phnom Penh" is X's and Y's; a segment with its own date keeps its people to itself.
    /// </summary>
    private static List<string> SegmentPeople(AnalysedArticle article, AnalysedSentence s, IReadOnlyList<TextSpan> segments, List<DateMention> dates, TextSpan own)
    {
        var people = new List<string>();
        foreach (var g in segments)
        {
            if (g != own && dates.Exists(d => g.Contains(d.Start)))
            {
                continue;
            }

            foreach (var person in People(article, s, g))
            {
                if (!people.Contains(person))
                {
                    people.Add(person);
                }
            }
        }

        return people;
    }

    /// <summary>The countries named in a clause, each once, in the order they first appear.</summary>
    private static List<string> Countries(AnalysedSentence s, TextSpan clause)
    {
        var countries = new List<string>();
        foreach (var c in s.Countries)
        {
            if (clause.Contains(c.Start) && !countries.Contains(c.Country.Name))
            {
                countries.Add(c.Country.Name);
            }
        }

        return countries;
    }

    /// <summary>The people named in a span of the sentence, each under the article's display name.</summary>
    public static IReadOnlyList<string> People(AnalysedArticle article, AnalysedSentence s, TextSpan span)
    {
        var people = new List<string>();
        foreach (var p in s.People)
        {
            if (span.Contains(p.Start) && article.People.PersonOf(p) is var person && !people.Contains(person))
            {
                people.Add(person);
            }
        }

        return people;
    }

    // "Until 2024, Cuba was one of …": an open-ended date on a clause with no verb of action.
    private static bool IsState(string clause, FuzzyDate date) =>
        date.Qualifier is DateQualifier.Until or DateQualifier.From && Copula().IsMatch(clause) && !ActionVerb().IsMatch(clause);

    // "the 1986 treaty was allowed to lapse": a year used as an adjective refers back to an earlier event.
    // "the Boundary Treaty of 1881", "UEFA Euro 2012": a year inside a name.
    // "As of 2024, about one million …": a snapshot, not a happening.
    private static bool IsAttributive(string sentence, DateMention d) =>
        (d.Date.Precision == DatePrecision.Year && d.Date.End is null && d.Date.Qualifier == DateQualifier.None
            && char.IsAsciiDigit(d.Date.Text[0]) // "visited Rangoon the following year" is no name
            && ((AttributiveBefore().IsMatch(sentence.AsSpan(0, d.Start)) && AttributiveAfter().IsMatch(sentence.AsSpan(d.Start + d.Length))
                    && !DuringThe().IsMatch(sentence.AsSpan(0, d.Start)) && !YearLongPeriod().IsMatch(sentence.AsSpan(d.Start + d.Length)))
                || NameBefore().IsMatch(sentence.AsSpan(0, d.Start))))
        || AsOf().IsMatch(sentence.AsSpan(0, d.Start));

    /// <summary>
    /// "stopped in Hanoi in the spring of 1987, the only head of state to travel there before the 1990s": a date in a
    /// description set off after an earlier date of the clause describes that happening, it is not one of its own.
    /// </summary>
    private static bool InDescriptionOfAnEarlierDate(string sentence, TextSpan clause, List<DateMention> dates, DateMention d)
    {
        if (dates[0] == d)
        {
            return false;
        }

        var comma = sentence.LastIndexOf(',', d.Start, d.Start - clause.Start);
        return comma >= dates[0].Start + dates[0].Length && Description().IsMatch(sentence.AsSpan(comma, d.Start - comma));
    }

    /// <summary>
    /// "aid amounted to 35 million rubles in 1954, 40 million in 1955 and 38 million in 1956", "went from 60 in 1961 to 120 in
    /// 1962 and 180 in 1963": a figure told year by year in a series of three or more is one happening, dated by its first
    /// year; "500 tonnes in 1997 and another 300 tonnes the following year" is still two.
    /// </summary>
    private static bool InYearlySeries(string sentence, List<DateMention> dates, DateMention d)
    {
        var k = dates.IndexOf(d);
        if (k <= 0)
        {
            return false;
        }

        // The run of dates linked to the one before by a figure, around this one: the series it belongs to.
        var first = k;
        while (first > 0 && LinksToPrevious(sentence, dates, first))
        {
            first--;
        }

        var last = k;
        while (last + 1 < dates.Count && LinksToPrevious(sentence, dates, last + 1))
        {
            last++;
        }

        return first < k && last - first >= 2;
    }

    private static bool LinksToPrevious(string sentence, List<DateMention> dates, int k)
    {
        var end = dates[k - 1].Start + dates[k - 1].Length;
        return end < dates[k].Start && SeriesLink().IsMatch(sentence.AsSpan(end, dates[k].Start - end));
    }

    // ", 40 million in ", " and another 50 ", " to 120 in ": the next figure of a series, then its date.
    [GeneratedRegex(@"^(?:,\s*|\s+)(?:(?:and|to)\s+)?(?:(?:another|a\s+further|some|about|around|nearly|over|almost|more\s+than)\s+)?(?:US\$|\$|£|€)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[\p{L}-]+){0,3}?\s+(?:in\s+)?$")]
    private static partial Regex SeriesLink();

    private static bool NamesThirdCountry(AnalysedArticle article, AnalysedSentence s, TextSpan clause) =>
        s.Countries.Any(c => clause.Contains(c.Start) && !c.IsDemonym && article.Party(c.Country) is null);

    [GeneratedRegex(@"\b(?:the|a|its|their|his|her|this|that)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveBefore();

    [GeneratedRegex(@"^\s+[a-z]")]
    private static partial Regex AttributiveAfter();

    // "in the 2023 fiscal year", "the 1987 academic year": a year-long period, the time of what the clause tells.
    [GeneratedRegex(@"^\s+(?:(?:fiscal|financial|academic|school|budget|marketing|crop|harvest)\s+year|season)\b")]
    private static partial Regex YearLongPeriod();

    // ", the only Bangladeshi head of state to travel there before ", ", the first such visit since ": a description.
    [GeneratedRegex(@"^,\s+the\s+(?:first|only|last|second|third|fourth|fifth|\p{Ll}+est)\b[^,;()]*$")]
    private static partial Regex Description();

    // "During the 2012 summit Kim Yong-nam met …", "At the 1955 conference …": the time of what the clause tells.
    [GeneratedRegex(@"\b(?:[Dd]uring|[Aa]t)\s+the\s+$")]
    private static partial Regex DuringThe();

    [GeneratedRegex(@"(?:\b[A-Z][\p{L}]+\s+of|\b(?!(?:In|From|Until|Since|During|After|Before|By|Of|On|At|Through|Between|And|The|Also|Then|Till|Circa|Around|Early|Late|Mid)\b)[A-Z][A-Za-z]+)\s+$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"\b[Aa]s of\s+$")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex SeriesLabel();

    private static bool ClosesItem(AnalysedSentence s, DateMention d) =>
        s.Sentence.IsListItem && s.Text.AsSpan(d.Start + d.Length).Trim() is ")" or ").";

    // "…, and returned in 1964", "…, and later flew to Moscow in 1965": a verb with no subject of its own.
    // "…, and again in 2016": the same happening again.
    [GeneratedRegex(@"^\s*(?:and|but|then)\s+(?:(?:then|later|again|also|finally|subsequently)\s+)?(?:[a-z]{2,}ed|went|came|made|met|flew|gave|sent|took|left|paid|led|spent|held|saw|began|became|won|signed|visited)\b|^\s*(?:and\s+)?(?:once\s+)?again\b")]
    private static partial Regex ElidedSubject();

    // "X, who replaced Y in 1984, travelled to Hanoi two years later", "…, was hosted in Havana in April 1987": a part that
    // opens with its verb, after an aside.
    [GeneratedRegex(@"^\s*(?:(?:then|later|again|also|finally|subsequently)\s+)?(?!followed\b)(?:(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en)\b|[a-z]{2,}ed|went|came|made|met|flew|gave|sent|took|left|paid|led|spent|held|saw|began|became|won|kept)\b")]
    private static partial Regex OpensWithVerb();

    // ", who replaced Y as party leader in August 1984,": an aside between a subject and its verb.
    [GeneratedRegex(@"^,[^,;()]{1,80},\s*$")]
    private static partial Regex Aside();

    /// <summary>The person right before an aside that ends at <paramref name="at"/>, if any.</summary>
    private static PersonMention? SubjectBeforeAside(AnalysedSentence s, int at)
    {
        for (var k = s.People.Count - 1; k >= 0; k--)
        {
            var end = s.People[k].Start + s.People[k].Length;
            if (end <= at && Aside().IsMatch(s.Text.AsSpan(end, at - end)))
            {
                return s.People[k];
            }
        }

        return null;
    }

    // "…, and the next day he and Yoon announced", "…, at which he took over the presidency": "he" or "she" before anyone the
    // part names is the subject of the part before it.
    private static bool PronounSubject(AnalysedSentence s, TextSpan part)
    {
        var pronoun = SubjectPronoun().Match(s.Text, part.Start, part.Length);
        return pronoun.Success && !s.People.Any(p => p.Start >= part.Start && p.Start < pronoun.Index);
    }

    [GeneratedRegex(@"\b(?:he|she)\b")]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"^\s*who\b")]
    private static partial Regex RelativeWho();

    [GeneratedRegex(@"\b(?:was|were|is|are|remained|remains|been)\b")]
    private static partial Regex Copula();

    // A past-tense verb other than the copula: "stayed", "started", "showed".
    [GeneratedRegex(@"\b(?!(?:was|were|based|called|named|so-called|united|armed|related|limited|advanced|isolated|concerned)\b)[a-z]{3,}ed\b")]
    private static partial Regex ActionVerb();

    /// <summary>Words one of which every match of <see cref="EstablishmentPhrase"/> holds (a filter: most texts hold neither).</summary>
    private static readonly SearchValues<string> RelationsWords = SearchValues.Create(["relations", "ties"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:establish(?:ed|ing)?|opened|set up|normali[sz]ed|formali[sz]ed)\b[^.;]{0,40}\b(?:diplomatic\s+)?(?:relations|ties)\b|\bdiplomatic\s+(?:relations|ties)\b[^.;]{0,60}\b(?:established|since|began)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstablishmentPhrase();
}
