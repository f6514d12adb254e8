using Relations.Articles.Reference;
using static Relations.Articles.Extraction.PersonRecogniserLexicon;

namespace Relations.Articles.Extraction;

/// <summary>A person named in a sentence: the name as written, where it stands, and the role words before it.</summary>
public sealed record PersonMention(string Name, int Start, int Length, string? Role)
{
    /// <summary>
    /// The person this mention stands for where its written form alone does not tell: a surname two people of the
    /// article share ("Castro" after "Fidel Castro", before "Raúl Castro" is named) stands for the one named last.
    /// </summary>
    public string? Person { get; init; }
}

/// <summary>The people of one article: the mentions of each sentence and each distinct person under one display name.</summary>
public sealed record ArticlePeople(
    IReadOnlyList<IReadOnlyList<PersonMention>> Mentions,
    IReadOnlyList<string> Persons,
    IReadOnlyDictionary<string, string> PersonByWrittenName)
{
    /// <summary>
    /// The canonical keys of the names of more than one word the recogniser asked its list of known people about and
    /// did not find there (ordinal order). Knowing one of them is the only way a longer list of full names can change
    /// what it recognises, but for a bare surname, which may come to stand for a known person.
    /// </summary>
    public IReadOnlyList<string> UnknownNameKeys { get; init; } = [];

    /// <summary>The country the curated list of people gives for a person of the article, by display name.</summary>
    public IReadOnlyDictionary<string, string> ListedCountries { get; init; } = new Dictionary<string, string>();

    /// <summary>The display name of the person a mention stands for ("Diaz-Canel" → "Miguel Díaz-Canel").</summary>
    public string PersonOf(PersonMention mention) => mention.Person ?? PersonByWrittenName.GetValueOrDefault(mention.Name, mention.Name);

    /// <summary>
    /// A 64-bit hash of everything recognised (every mention, the persons, the written forms). The extractors read the
    /// people of an article only through these, so an article whose people have the same fingerprint gives the same facts.
    /// </summary>
    public long Fingerprint()
    {
        // Two differently seeded 32-bit hashes: a chance collision must hit both.
        var low = new HashCode();
        var high = new HashCode();
        high.Add(0x5bd1e995);
        foreach (var sentence in Mentions)
        {
            Add(sentence.Count);
            foreach (var m in sentence)
            {
                Add(m.Name);
                Add(m.Start);
                Add(m.Length);
                Add(m.Role);
                Add(m.Person);
            }
        }

        Add(Persons.Count);
        foreach (var person in Persons)
        {
            Add(person);
        }

        Add(PersonByWrittenName.Count);
        foreach (var (written, person) in PersonByWrittenName)
        {
            Add(written);
            Add(person);
        }

        return ((long)high.ToHashCode() << 32) | (uint)low.ToHashCode();

        void Add<T>(T value)
        {
            low.Add(value);
            high.Add(value);
        }
    }
}

/// <summary>
/// Finds the real people a sentence names. A candidate is a run of capitalised words (2–4 name words, or one when
/// the name is known); it becomes a person on evidence: a title or role before it, an apposition with a role
/// after it, a verb of action or speech after it, a possessive with a personal noun, a person-only adjective
/// before it, or a known name. Countries, demonyms, institutions and things are rejected first.
/// </summary>
public sealed class PersonRecogniser(Gazetteer gazetteer, KnownNames known)
{
    private const int MaxNameWords = 4;

    public IReadOnlyList<PersonMention> Find(string sentence) => Find(sentence, null);

    /// <summary>
    /// The people of an article, sentence by sentence. Names found anywhere in the article count as known in every
    /// sentence ("at the invitation of Kim Jong Un"), and a bare surname stands for the one person of the article
    /// with that last name ("Diaz-Canel" → "Miguel Díaz-Canel").
    /// </summary>
    /// <param name="countries">The country mentions of each sentence when the caller has them already (saves a second scan).</param>
    public ArticlePeople FindInArticle(IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlyList<CountryMention>>? countries = null)
    {
        // Pass 1 learns the names the rules accept; pass 2 finds them again where no rule fires.
        var tokenised = sentences.Select((s, k) => Prepare(s, countries?[k])).ToList();
        var learned = new List<string>();
        var article = KnownNames.ForArticle();
        var firstPass = new List<PersonMention>[sentences.Count];
        var asked = new List<(string Name, bool Known)>[sentences.Count];
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < sentences.Count; k++)
        {
            asked[k] = [];
            firstPass[k] = Find(sentences[k], tokenised[k], article, asked[k], unknown);
            foreach (var m in firstPass[k])
            {
                // "Prince Souphanouvong", "President Sukarno": one word is learned where a title or role made it a name.
                if ((m.Name.Contains(' ', StringComparison.Ordinal) || m.Role is not null) && !article.IsKnownPerson(m.Name))
                {
                    learned.Add(m.Name);
                    article.AddPerson(m.Name);
                }
            }
        }

        // A sentence's mentions depend on the article's names only through the answers the first pass got for them:
        // where every answer is still the same, the second pass would find exactly what the first found.
        var mentions = new List<IReadOnlyList<PersonMention>>(sentences.Count);
        for (var k = 0; k < sentences.Count; k++)
        {
            mentions.Add(asked[k].TrueForAll(q => article.IsKnownPerson(q.Name) == q.Known) ? firstPass[k] : Find(sentences[k], tokenised[k], article, null, unknown));
        }

        // Each written form → the full name it stands for → one group per canonical key.
        var fullByWritten = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions.SelectMany(x => x))
        {
            if (!fullByWritten.ContainsKey(m.Name))
            {
                fullByWritten[m.Name] = known.TryCanonical(m.Name, out var curated)
                    ? curated
                    : SheikhAndShortForm(m.Name, learned) ?? KnownNames.ResolveShortForm(m.Name, learned) ?? m.Name;
            }
        }

        if (MergeMiddleNames(mentions, fullByWritten) is { Count: > 0 } merged)
        {
            learned = learned.Select(n => merged.GetValueOrDefault(n) ?? n).Distinct(StringComparer.Ordinal).ToList();

            // "Zhivkov" after "Todor Hristov Zhivkov" and "Todor Zhivkov": a surname the two forms made ambiguous is now one person's.
            foreach (var (written, full) in fullByWritten.ToList())
            {
                if (written == full && !written.Contains(' ', StringComparison.Ordinal) && KnownNames.ResolveShortForm(written, learned) is { } resolved)
                {
                    fullByWritten[written] = resolved;
                }
            }
        }

        // A surname two people of the article share stands for the one named last before it (or else the first named).
        var shared = SharedSurnames(mentions, fullByWritten, learned);
        var groups = mentions.SelectMany(x => x)
            .Select(m => (Written: m.Name, Full: shared.GetValueOrDefault(m) ?? fullByWritten[m.Name]))
            .GroupBy(x => KnownNames.CanonicalKey(x.Full), StringComparer.Ordinal)
            .ToList();
        var displayByKey = groups.ToDictionary(
            g => g.Key,
            g => g.FirstOrDefault(x => known.TryCanonical(x.Written, out _)).Full is { } curated
                ? curated
                : KnownNames.DisplayName(g.Select(x => x.Full)),
            StringComparer.Ordinal);
        var personByWritten = fullByWritten.Where(kv => displayByKey.ContainsKey(KnownNames.CanonicalKey(kv.Value)))
            .ToDictionary(kv => kv.Key, kv => displayByKey[KnownNames.CanonicalKey(kv.Value)], StringComparer.Ordinal);
        var persons = groups.Select(g => displayByKey[g.Key]).ToList();
        if (shared.Count > 0)
        {
            mentions = mentions.Select(IReadOnlyList<PersonMention> (sentence) => sentence
                .Select(m => shared.TryGetValue(m, out var full) ? m with { Person = displayByKey[KnownNames.CanonicalKey(full)] } : m).ToList()).ToList();
        }

        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            if (known.CountryOf(person) is { } country)
            {
                listed[person] = country;
            }
        }

        return new ArticlePeople(mentions, persons, personByWritten)
        {
            UnknownNameKeys = unknown.Count == 0 ? [] : unknown.Order(StringComparer.Ordinal).ToList(),
            ListedCountries = listed,
        };
    }

    private const string Sheikh = "Sheikh ";

    // "Sheikh Singh" after "Rajesh Singh": the title before the surname of someone the article named in full.
    private static string? SheikhAndShortForm(string name, List<string> learned) =>
        name.StartsWith(Sheikh, StringComparison.Ordinal) && name.IndexOf(' ', Sheikh.Length) < 0
            ? KnownNames.ResolveShortForm(name[Sheikh.Length..], learned.Where(n => !n.StartsWith(Sheikh, StringComparison.Ordinal)))
            : null;

    // The head word of a role, in lower case: "Education minister" → "minister", "President" → "president".
    private static string? RoleWord(string? role) =>
        string.IsNullOrWhiteSpace(role) ? null : role[(role.TrimEnd().LastIndexOf(' ') + 1)..].Trim().ToLowerInvariant();

    /// <summary>
    /// "Samora Moisés Machel" and "Samora Machel": a name of two words and one of more that begins and ends with them are
    /// one person, named the shorter way unless the longer is written more often (the annotators' "most common full name").
    /// Only a two-word name is merged so: "George W. Bush" is not "George H. W. Bush"; nor is a name two longer ones share.
    /// </summary>
    private static Dictionary<string, string>? MergeMiddleNames(List<IReadOnlyList<PersonMention>> mentions, Dictionary<string, string> fullByWritten)
    {
        // Most articles have no such pair: the names' first and last words are compared before anything is counted.
        List<(string Shorter, string Longer)>? pairs = null;
        var fulls = fullByWritten.Values.Distinct(StringComparer.Ordinal).ToList();
        foreach (var shorter in fulls)
        {
            if (shorter.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && shorter.IndexOf(' ', space + 1) < 0)
            {
                string? longer = null;
                var several = false;
                foreach (var full in fulls)
                {
                    if (full.Length > shorter.Length + 1 && SameEnds(full, shorter, space))
                    {
                        several |= longer is not null;
                        longer = full;
                    }
                }

                if (longer is not null && !several)
                {
                    (pairs ??= []).Add((shorter, longer));
                }
            }
        }

        if (pairs is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions.SelectMany(x => x))
        {
            var full = fullByWritten[m.Name];
            counts[full] = counts.GetValueOrDefault(full) + 1;
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (shorter, longer) in pairs)
        {
            var (from, to) = counts.GetValueOrDefault(longer) > counts.GetValueOrDefault(shorter) ? (shorter, longer) : (longer, shorter);
            foreach (var written in fullByWritten.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList())
            {
                fullByWritten[written] = to;
            }

            merged[from] = to;
        }

        return merged;
    }

    // "Samora Moisés Machel" for "Samora Machel" (its one space at shortSpace): the same first word, the same last word,
    // and words between.
    private static bool SameEnds(string longer, string shorter, int shortSpace)
    {
        var longSpace = longer.IndexOf(' ', StringComparison.Ordinal);
        var lastSpace = longer.LastIndexOf(' ');
        return longSpace > 0 && lastSpace > longSpace
            && char.ToLowerInvariant(longer[0]) == char.ToLowerInvariant(shorter[0]) && char.ToLowerInvariant(longer[^1]) == char.ToLowerInvariant(shorter[^1])
            && KnownNames.CanonicalKey(longer[..longSpace]) == KnownNames.CanonicalKey(shorter[..shortSpace])
            && KnownNames.CanonicalKey(longer[(lastSpace + 1)..]) == KnownNames.CanonicalKey(shorter[(shortSpace + 1)..]);
    }

    /// <summary>
    /// The full name each mention of a surname several people of the article bear stands for: the bearer named last
    /// before it, in reading order, or the first bearer named when none was named yet.
    /// </summary>
    private static Dictionary<PersonMention, string> SharedSurnames(List<IReadOnlyList<PersonMention>> mentions, Dictionary<string, string> fullByWritten, List<string> learned)
    {
        var shared = new Dictionary<PersonMention, string>(ReferenceEqualityComparer.Instance);
        Dictionary<string, int>? lastNamed = null;
        Dictionary<string, string>? roleOf = null;
        Dictionary<string, List<string>>? bearersOf = null;
        var order = 0;
        foreach (var m in mentions.SelectMany(x => x))
        {
            order++;
            var full = fullByWritten[m.Name];
            if (full.Contains(' ', StringComparison.Ordinal))
            {
                (lastNamed ??= new Dictionary<string, int>(StringComparer.Ordinal))[KnownNames.CanonicalKey(full)] = order;
                if (m.Role is not null)
                {
                    (roleOf ??= new Dictionary<string, string>(StringComparer.Ordinal))[KnownNames.CanonicalKey(full)] = m.Role;
                }
            }
            else
            {
                bearersOf ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!bearersOf.TryGetValue(m.Name, out var bearers))
                {
                    bearersOf[m.Name] = bearers = KnownNames.SurnameBearers(m.Name, learned);
                }

                // "President Machel" after "Education minister Graça Machel": not a bearer known by another role.
                if (bearers.Count > 1)
                {
                    var role = RoleWord(m.Role);
                    shared[m] = bearers
                        .OrderBy(b => role is not null && RoleWord(roleOf?.GetValueOrDefault(KnownNames.CanonicalKey(b))) is { } known && known != role ? 1 : 0)
                        .ThenByDescending(b => lastNamed?.GetValueOrDefault(KnownNames.CanonicalKey(b), 0) ?? 0).First();
                }
            }
        }

        return shared;
    }

    private List<PersonMention> Find(string sentence, KnownNames? article) => Find(sentence, Prepare(sentence), article, null, null);

    private List<Token> Prepare(string sentence) => Prepare(sentence, null);

    private List<Token> Prepare(string sentence, IReadOnlyList<CountryMention>? countries)
    {
        var tokens = Tokenise(sentence);
        MarkCountryWords(tokens, countries ?? gazetteer.FindMentions(sentence));
        return tokens;
    }

    /// <param name="asked">When given, records each name looked up in <paramref name="article"/> and the answer.</param>
    /// <param name="unknown">When given, collects the key of each name looked up in the known people and not found.</param>
    private List<PersonMention> Find(string sentence, List<Token> tokens, KnownNames? article, List<(string Name, bool Known)>? asked, HashSet<string>? unknown)
    {
        var found = new List<PersonMention>();
        var lookups = new Lookups(article, asked, unknown);
        var i = 0;
        var previousPersonEnd = -1;
        while (i < tokens.Count)
        {
            var end = RunEnd(tokens, i);
            if (end > i)
            {
                if (Candidate(sentence, tokens, i, end, lookups, previousPersonEnd) is { } mention)
                {
                    found.Add(mention);
                    previousPersonEnd = end;
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    // A run is a maximal sequence of capitalised words (and name particles between them); a possessive ends it.
    private static int RunEnd(List<Token> tokens, int start)
    {
        var i = start;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && t.IsCapitalised)
            {
                i++;
                if (t.IsPossessive)
                {
                    break;
                }

                // "Dr. Kim", "Franklin D. Roosevelt", "A. K. Abdul Momen": the full stop of an abbreviated title or an
                // initial does not end the run (a run may open with initials when two come in a row).
                if ((t.Is(WordClasses.AbbreviatedTitle) || (t.Length == 1 && (i - 1 > start || Initials(tokens, i - 1)))) && i + 1 < tokens.Count && tokens[i].Text == "." && tokens[i + 1].IsCapitalised)
                {
                    i++;
                }
            }
            else if (i > start && t.Kind == TokenKind.Word && t.Is(WordClasses.Particle))
            {
                // "José de San Martín", "Miguel de la Madrid": one or two particles, then a capitalised word.
                var next = i + 1;
                if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].Is(WordClasses.Particle))
                {
                    next++;
                }

                if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].IsCapitalised)
                {
                    i = next;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private PersonMention? Candidate(string text, List<Token> tokens, int runStart, int runEnd, Lookups lookups, int previousPersonEnd)
    {
        if (NamedThing(tokens, runStart))
        {
            return null;
        }

        // Sentence openers and dates are not names: "During", "The", "October".
        var first = runStart;
        var afterThe = runStart > 0 && tokens[runStart - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
        while (first < runEnd && ((tokens[first].Is(WordClasses.LeadingStopWord) && !Initials(tokens, first)) || (tokens[first].Is(WordClasses.MonthOrDay) && !FirstNameLikeAMonth(tokens, first, runEnd))
            || tokens[first].Text == "."))
        {
            afterThe = tokens[first].Text == "The";
            first++;
        }

        // A title inside the run: the name starts after the last one ("U.S. President Donald Trump"); "Sheikh" before a
        // name with no Arabic particle is part of it ("Sheikh Hasina", "Sheikh Mujibur Rahman"; not "Sheikh Zayed bin Sultan").
        var nameStart = first;
        var keptTitle = false;
        for (var k = runEnd - 1; k >= first; k--)
        {
            if (tokens[k].Is(WordClasses.Title) && !TitleInsideName(tokens, first, k))
            {
                keptTitle = tokens[k].Text == "Sheikh" && k + 1 < runEnd && !HasArabicParticle(tokens, k + 1, runEnd);
                nameStart = keptTitle ? k : k + 1;
                break;
            }
        }

        if (nameStart < runEnd && tokens[nameStart].Text == ".")
        {
            nameStart++;
        }

        // "Bishop attended the summit" after "Maurice Bishop": a lone title that is the surname of someone the article named.
        // Not "the Bishop of Rome".
        if (nameStart == runEnd && runEnd - first == 1 && TitleAlsoName(tokens[first]) && !afterThe && !(runEnd < tokens.Count && tokens[runEnd].Text == "of")
            && lookups.Article is not null && Ask(lookups.Article, tokens[first].Text, lookups.Asked))
        {
            nameStart = first;
        }

        // "Secretary of State James Baker", "Minister for Foreign Affairs Ana Pérez": the office a title before "of" names.
        if (nameStart == first && OfficeAfterTitle(tokens, runStart))
        {
            while (nameStart < runEnd && OfficeWords.Contains(tokens[nameStart].Text))
            {
                nameStart++;
            }

            keptTitle = nameStart > first && nameStart < runEnd;
            nameStart = keptTitle ? nameStart : first;
        }

        var titled = nameStart > first || keptTitle;
        if (!titled)
        {
            // A leading country or demonym is a qualifier, not a name ("Cuban leader", "Khmer Rouge").
            while (nameStart < runEnd && tokens[nameStart].IsCountryWord)
            {
                nameStart++;
            }
        }

        // "Under Mikhail Gorbachev Soviet policy became …": a country's word that ends the run before a lower-case word qualifies
        // that word when the name before it is a known person's.
        if (runEnd - nameStart > 2 && tokens[runEnd - 1].IsCountryWord && runEnd < tokens.Count && tokens[runEnd] is { Kind: TokenKind.Word, IsCapitalised: false }
            && known.IsKnownPerson(text[tokens[nameStart].Start..(tokens[runEnd - 2].Start + tokens[runEnd - 2].Length)]))
        {
            runEnd--;
        }

        // Initials count as one word together ("S. W. R. D. Bandaranaike", "A. P. J. Abdul Kalam").
        var count = 0;
        var initials = false;
        for (var k = nameStart; k < runEnd; k++)
        {
            var initial = tokens[k].Length == 1 && k + 1 < runEnd && tokens[k + 1].Text == ".";
            count += tokens[k].IsCapitalised && !(initial && initials) ? 1 : 0;
            initials |= initial;
        }

        if (count == 0 || count > MaxNameWords)
        {
            return null;
        }

        var nameFirst = tokens[nameStart];
        var nameLast = tokens[runEnd - 1];
        var nameText = text[nameFirst.Start..(nameLast.Start + nameLast.Length)];
        if (nameLast.IsPossessive)
        {
            nameText = nameText[..^nameLast.PossessiveLength];
        }

        // A listed or learned person is a name whatever words it holds ("Bill Clinton", "Park Chung-hee").
        // "North Korean foreign minister Ho Dam": a role word before the run stands for a title.
        if (!LooksLikeName(tokens, nameStart, runEnd, titled || (nameStart == runStart && runStart > 0 && IsRoleNoun(tokens[runStart - 1]))) && !known.IsKnownPerson(nameText))
        {
            return null;
        }

        // "Kim Il Sung University", "Ho Chi Minh trail": a thing noun right after the run.
        if (!nameLast.IsPossessive && runEnd < tokens.Count && tokens[runEnd] is { Kind: TokenKind.Word } next && next.Is(WordClasses.ThingNoun))
        {
            return null;
        }

        var isKnown = IsKnown(nameText, lookups.Unknown)
            || (lookups.Article is not null && Ask(lookups.Article, nameText, lookups.Asked));
        var roleBefore = nameStart == runStart && runStart > 0 && IsRoleNoun(tokens[runStart - 1]);
        var hasRole = titled || roleBefore;

        // "the Museum of African Art", "Conference … of Non-Aligned Countries": a run after a thing's name and "of" ends that name
        // (a government is a person's: "the Royal Lao Government of Souvanna Phouma").
        if (!isKnown && !titled && runStart > 1 && tokens[runStart - 1].Text == "of" && tokens[runStart - 2] is { IsCapitalised: true } owner && owner.Is(WordClasses.ThingNoun)
            && owner.Text is not ("Government" or "Administration" or "Cabinet" or "Regime"))
        {
            return null;
        }

        // One word is a name only after a capitalised title ("President Sukarno", not "revolutionary Asian") or when
        // it is known ("Díaz-Canel").
        if (count == 1)
        {
            return (isKnown || titled || (AsRoleFollows(tokens, runEnd) && !AfterPreposition(tokens, runStart))) && !IsPlaceOrThing(text, tokens, first, runEnd, nameText)
                ? Mention(text, tokens, first, nameStart, runStart, nameText, titled)
                : null;
        }

        // "a North Korean ship, the Chong Chon Gang", "The Chosun Ilbo": "the" before a bare name marks a thing.
        if (afterThe && !titled && !isKnown)
        {
            return null;
        }

        var evidence = hasRole || isKnown
            || (nameStart == runStart && runStart > 0 && tokens[runStart - 1].Is(WordClasses.PersonAdjective))
            || PersonContextBefore(tokens, nameStart, runEnd, previousPersonEnd)
            || (nameLast.IsPossessive ? PossessedNounFollows(tokens, runEnd) : (VerbFollows(tokens, runEnd) && !AfterPlacePreposition(tokens, runStart)) || AppositionFollows(tokens, runEnd) || AsRoleFollows(tokens, runEnd) || AndHisFollows(tokens, runEnd)
                || ListItemOpener(tokens, runStart, runEnd) || OfCountryFollows(tokens, runEnd));
        return evidence && !IsPlaceOrThing(text, tokens, first, runEnd, nameText) ? Mention(text, tokens, first, nameStart, runStart, nameText, titled) : null;
    }

    private bool IsKnown(string name, HashSet<string>? unknown)
    {
        if (known.IsKnownPerson(name))
        {
            return true;
        }

        // Kept only with more than one word in its key: the names learned from other articles all have two or more, and
        // a bare surname that comes to stand for one of them is no reason to extract an article again (CorpusPeople).
        if (unknown is not null && KnownNames.CanonicalKey(name) is var key && key.Contains(' ', StringComparison.Ordinal))
        {
            unknown.Add(key);
        }

        return false;
    }

    private static bool Ask(KnownNames article, string name, List<(string Name, bool Known)>? asked)
    {
        var answer = article.IsKnownPerson(name);
        asked?.Add((name, answer));
        return answer;
    }

    // Checked last because the lookups cost more than the rules: a country, a city or a listed non-person.
    private bool IsPlaceOrThing(string text, List<Token> tokens, int first, int runEnd, string name) =>
        gazetteer.Find(name) is not null || gazetteer.FindByCity(name) is not null || known.IsNonPerson(name)
        || known.IsNonPerson(text[tokens[first].Start..(tokens[runEnd - 1].Start + tokens[runEnd - 1].Length)]);

    private static PersonMention Mention(string text, List<Token> tokens, int first, int nameStart, int runStart, string name, bool titled)
    {
        var start = tokens[nameStart].Start;
        return new PersonMention(name, start, name.Length, Role(text, tokens, titled ? first : nameStart, nameStart, runStart, titled));
    }

    // The role is the title inside the run plus the role words, modifiers and demonyms right before it
    // ("North Korean leader", "Vietnamese President and General Secretary"); it never reaches past a stripped opener.
    private static string? Role(string text, List<Token> tokens, int start, int nameStart, int runStart, bool titled)
    {
        var sawRole = titled;
        if (start == runStart)
        {
            for (var k = start - 1; k >= 0; k--)
            {
                var t = tokens[k];
                if (IsRoleNoun(t) || (t.IsCapitalised && t.Is(WordClasses.Title)))
                {
                    sawRole = true;
                }
                else if (!(t.Is(WordClasses.RoleModifier) || t.IsCountryWord
                    || (t.Text == "and" && k > 0 && (IsRoleNoun(tokens[k - 1]) || tokens[k - 1].Is(WordClasses.Title)))))
                {
                    break;
                }

                start = k;
            }
        }

        return sawRole && start < nameStart ? text[tokens[start].Start..(tokens[nameStart - 1].Start + tokens[nameStart - 1].Length)] : null;
    }

    private static bool IsRoleNoun(Token t) => t.Kind == TokenKind.Word && !t.IsCapitalised
        && t.Is(WordClasses.RoleNoun | WordClasses.PluralRoleNoun);

    /// <summary>
    /// Words before the run that only a person fits: "Under X", "the government of X", "led by X", a role before a
    /// parenthetical name ("the Soviet ambassador, Vladimir Polyakov,"), or "and" after another person ("X and Y").
    /// </summary>
    // "received in Islamabad by Benazir Bhutto", "signed on 10 January 1966 by X", "met at the station by X": a participle a
    // few words before "by".
    private static bool ParticipleShortlyBefore(List<Token> tokens, int by)
    {
        for (var k = by - 1; k >= Math.Max(0, by - 6); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalised
                && ((tokens[k].Text.EndsWith("ed", StringComparison.Ordinal) && !tokens[k].Is(WordClasses.NotVerb)) || IrregularParticiples.Contains(tokens[k].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // "the declaration of martial law by Wojciech Jaruzelski": a noun of what a person does, "of" and its object, then "by".
    private static bool ActOfBefore(List<Token> tokens, int by)
    {
        for (var k = by - 1; k > 0 && k >= by - 4 && tokens[k] is { Kind: TokenKind.Word, IsCapitalised: false }; k--)
        {
            if (tokens[k].Text == "of" && ByPersonVerbs.Contains(tokens[k - 1].Text) && !tokens[k - 1].Text.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "A visit to Belgrade by Yumjaagiin Tsedenbal", "a trip to North Korea by X": a visit to a place, then "by".
    private static bool VisitToPlaceBefore(List<Token> tokens, int by)
    {
        var k = by - 1;
        for (var words = 0; k > 0 && words < 3 && tokens[k] is { Kind: TokenKind.Word, IsCapitalised: true }; k--, words++)
        {
        }

        return k > 0 && k < by - 1 && tokens[k].Text == "to" && tokens[k - 1].Text is "visit" or "visits" or "trip" or "journey" or "tour";
    }

    // "signed the agreement in Tokyo with Yoshihide Suga", "talks with X", "to mediate between X and Y": "with" or
    // "between" after a word of meeting.
    private static bool MeetingWordBefore(List<Token> tokens, int with)
    {
        for (var k = with - 1; k >= Math.Max(0, with - 8); k--)
        {
            if (tokens[k].Is(WordClasses.MeetingWord))
            {
                return true;
            }
        }

        return false;
    }

    // "Secretary of State", "Minister for Foreign Affairs": "of" or "for" after a title, before the run.
    // "Chairman of the Council of State Aleksander Zawadzki": the title may name a body first.
    private static bool OfficeAfterTitle(List<Token> tokens, int runStart)
    {
        if (runStart < 2 || tokens[runStart - 1].Text is not ("of" or "for"))
        {
            return false;
        }

        for (var k = runStart - 2; k >= 0 && k >= runStart - 6; k--)
        {
            if (tokens[k].Is(WordClasses.Title))
            {
                return true;
            }

            if (tokens[k].Text is not ("the" or "of" or "Council" or "Presidium" or "Committee" or "Ministers" or "Central" or "Supreme"))
            {
                return false;
            }
        }

        return false;
    }

    // "Chairman of the Council of State,", "President of the Presidium,": a title, "of", then only capitalised words and
    // "of" / "the" up to the comma.
    private static bool OfficeBeforeComma(List<Token> tokens, int comma)
    {
        for (var k = comma - 1; k >= 1 && k >= comma - 8; k--)
        {
            var t = tokens[k];
            if (t.Text == "of" && tokens[k - 1].Is(WordClasses.Title))
            {
                return true;
            }

            if (t.Kind != TokenKind.Word || !(t.IsCapitalised || t.Text is "of" or "the"))
            {
                return false;
            }
        }

        return false;
    }

    // "Wojciech Jaruzelski and his foreign minister, Marian Orzechowski,": "and his" or "and her" after the run; a country or
    // a body has "its".
    private static bool AndHisFollows(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k].Text == "and" && tokens[k + 1].Text is "his" or "her"
        && tokens[k + 2] is { Kind: TokenKind.Word, IsCapitalised: false };

    // "Kenneth Kaunda of Zambia went", "between Siad Barre of Somalia and …": a person of a country (a thing with "of" after
    // its name has a thing noun, rejected before this point).
    private static bool OfCountryFollows(List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || tokens[k].Text != "of")
        {
            return false;
        }

        var next = tokens[k + 1].Text == "the" && k + 2 < tokens.Count ? tokens[k + 2] : tokens[k + 1];
        return next is { Kind: TokenKind.Word, IsCapitalised: true, IsCountryWord: true };
    }

    private static bool PersonContextBefore(List<Token> tokens, int runStart, int runEnd, int previousPersonEnd)
    {
        if (runStart == 0)
        {
            return false;
        }

        var prev = tokens[runStart - 1].Text;
        var prev2 = runStart > 1 ? tokens[runStart - 2].Text : string.Empty;
        if (prev is "Under" or "under" or "starring"
            || (prev == "of" && OfPersonNouns.Contains(prev2))
            || (prev == "by" && (ByPersonVerbs.Contains(prev2) || ParticipleShortlyBefore(tokens, runStart - 1) || VisitToPlaceBefore(tokens, runStart - 1) || ActOfBefore(tokens, runStart - 1)))
            || ObjectOfMeeting.Contains(prev)
            || (prev is "with" or "between" && MeetingWordBefore(tokens, runStart - 1))
            || (prev is "and" or "," or "or" or "against" && previousPersonEnd == runStart - 1 && previousPersonEnd > 0))
        {
            return true;
        }

        // "The nurses were Kristiyana Valcheva, …", "the physician was Ashraf al-Hajuj": a role, then who held it.
        if (prev is "was" or "were" && runStart > 1 && IsRoleNoun(tokens[runStart - 2]))
        {
            return true;
        }

        // "warned him against his deputy, Hafizullah Amin.": a role right before the comma, the name ending the clause.
        if (prev == "," && runStart > 1 && IsRoleNoun(tokens[runStart - 2]) && (runEnd == tokens.Count || tokens[runEnd].Text is "." or ";" or ")"))
        {
            return true;
        }

        // "The Chairman of the Council of State, Henryk Jabłoński, was received": a title and the body it heads, then the name
        // set off by commas.
        if (prev == "," && runEnd < tokens.Count && tokens[runEnd].Text == "," && OfficeBeforeComma(tokens, runStart - 1))
        {
            return true;
        }

        // "the two foreign ministers, Netumbo Nandi-Ndaitwah and Bruno Rodríguez Parrilla, signed": the first of several too.
        if (prev == "," && runEnd < tokens.Count && tokens[runEnd].Text is "," or "and")
        {
            for (var k = runStart - 2; k >= Math.Max(0, runStart - 6); k--)
            {
                if (IsRoleNoun(tokens[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <param name="titled">
    /// A title stands before the run: a thing noun other than its last word is then a name word ("President Park
    /// Geun-hye", "Prime Minister Bill English"); without one, or last, it makes a thing ("Central Park", "the Park Hotel").
    /// </param>
    private static bool LooksLikeName(List<Token> tokens, int start, int end, bool titled)
    {
        if (tokens[start].Is(WordClasses.ThingPrefix))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            var t = tokens[k];

            // The full stop after an initial ("Harry S. Truman").
            if (t.Text == "." && k > start && tokens[k - 1].Length == 1)
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || (t.Is(WordClasses.ThingNoun) && (!titled || (k == end - 1 && !NamedByTitleAndVerb(tokens, start, end)))) || t.IsCountryWord || (t.IsAllCaps && t.Length > 1 && !(k > start && t.Is(WordClasses.Numeral)))
                || (k == start && t.Is(WordClasses.MonthOrDay) && !FirstNameLikeAMonth(tokens, k, end)))
            {
                return false;
            }
        }

        return true;
    }

    // "Foreign Minister Ho Dam visited": two or more name words between a title and a verb end in a name word, not a thing
    // (a short one: "the General Peace Accords signed" is a thing).
    // "Foreign Minister Ho Dam and Vice-Premier X arrived", "foreign minister Ho Dam, …": or before "and" or a comma.
    private static bool NamedByTitleAndVerb(List<Token> tokens, int start, int end) =>
        end - start >= 2 && tokens[end - 1].Length <= 4 && end < tokens.Count
        && ((tokens[end].Kind == TokenKind.Word && tokens[end].Is(WordClasses.Verb)) || tokens[end].Text is "and" or ",");

    // "Jan Pronk", "Mar Roxas": a month's abbreviation before a capitalised word is a first name (a date has a number next).
    // "Foreign Minister August Zaleski": a month's name right after a title is a first name too.
    private static bool FirstNameLikeAMonth(List<Token> tokens, int k, int end) =>
        k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].IsCapitalised
        && ((tokens[k].Length <= 4 && tokens[k].Text is not ("June" or "July" or "May")) || (k > 0 && tokens[k - 1].Is(WordClasses.Title)));

    // "Raúl Castro stated", "Kim Il Sung personally made", "X has visited".
    private static bool VerbFollows(List<Token> tokens, int k)
    {
        // "John Howard and Shinzō Abe signed", "Carlos Fonseca, Tomás Borge and Silvio Mayorga founded": a coordinated
        // subject shares the verb after the last name.
        // "Maurice Bishop and the New Jewel Movement overthrew": so does a party or movement beside the person.
        if (k + 1 < tokens.Count && tokens[k].Text is "and" or ",")
        {
            var from = tokens[k].Text == "and" && tokens[k + 1].Text == "the" ? k + 2 : k + 1;
            var end = from < tokens.Count && tokens[from].IsCapitalised ? RunEnd(tokens, from) : from;
            if (end > from && end - from <= MaxNameWords && !tokens[end - 1].IsPossessive && (from == k + 1 || tokens[end - 1].Is(WordClasses.ThingNoun)) && VerbFollows(tokens, end))
            {
                return true;
            }
        }

        for (var skipped = 0; k < tokens.Count && skipped <= 2; k++, skipped++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalised)
            {
                return false;
            }

            // A listed verb, or any past-tense verb straight after the name or its auxiliary ("Houari Boumédiène
            // nationalised", "Rajiv Gandhi was received"): things with such names were rejected before this point.
            if (t.Is(WordClasses.Verb) || (t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal) && !t.Is(WordClasses.NotVerb)))
            {
                return true;
            }

            if (t.Text is "was" or "were" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word
                && tokens[k + 1].Text.EndsWith("ed", StringComparison.Ordinal) && !tokens[k + 1].Is(WordClasses.NotVerb))
            {
                return true;
            }

            // "X was named the first Soviet ambassador": named to a role.
            if (t.Text is "was" or "were" && k + 1 < tokens.Count && tokens[k + 1].Text == "named" && AsRoleFollows(tokens, k + 1, "named"))
            {
                return true;
            }

            if (!t.Is(WordClasses.VerbFiller) && !t.Text.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    // "Fidel Castro's death", "Kim Il Sung's first visit": a personal noun within three words of the possessive.
    private static bool PossessedNounFollows(List<Token> tokens, int k)
    {
        // "Siad Barre's Somalia": a country a person held.
        if (k < tokens.Count && tokens[k] is { Kind: TokenKind.Word, IsCapitalised: true, IsCountryWord: true })
        {
            return true;
        }

        for (var n = 0; k < tokens.Count && n < 3 && tokens[k].Kind == TokenKind.Word; k++, n++)
        {
            if (tokens[k].Is(WordClasses.PossessedNoun))
            {
                return true;
            }
        }

        return false;
    }

    // "Ri Il Gyu, a political counselor", "Che Guevara, then a Cuban government minister", "Pol Pot, General Secretary of".
    /// <summary>
    /// "the freighters Kimovsk and Yuri Gagarin", "the ship Kim Jong Suk", "the Egyptian company Orascom Telecom": a run
    /// after a word for a vessel or a firm, or in a list after one, names the thing, even when a person bears the name.
    /// </summary>
    private static bool NamedThing(List<Token> tokens, int runStart)
    {
        // The Higher Institute of Engineering "V. I. Lenin": a name in quotes right after a capitalised name is whose name it bears
        // (but Ernesto "Che" Guevara: a nickname inside a name).
        if (runStart > 1 && tokens[runStart - 1].Text is "\"" or "“" && tokens[runStart - 2] is { Kind: TokenKind.Word, IsCapitalised: true })
        {
            var close = tokens.FindIndex(runStart, Math.Min(8, tokens.Count - runStart), t => t.Text is "\"" or "”");
            return close > 0 && (close + 1 == tokens.Count || tokens[close + 1] is not { Kind: TokenKind.Word, IsCapitalised: true });
        }

        for (var k = runStart - 1; k >= 0 && k >= runStart - 10; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && !t.IsCapitalised)
            {
                if (ThingNamingNouns.Contains(t.Text))
                {
                    return true;
                }

                if (t.Text != "and" && !t.Is(WordClasses.Particle))
                {
                    return false;
                }
            }
            else if (t.Text != "," && !t.IsCapitalised)
            {
                return false;
            }
        }

        return false;
    }

    // "Reza Shah Pahlavi", "Mohammad Zahir Shah": "Shah" after a name word is part of the name ("Shah Mohammad Reza
    // Pahlavi" is the title).
    // "A. K. Abdul Momen": a capital letter, its full stop, and another capital letter with its own.
    private static bool Initials(List<Token> tokens, int k) =>
        k + 3 < tokens.Count && tokens[k].Length == 1 && tokens[k + 1].Text == "." && tokens[k + 2].Length == 1 && tokens[k + 2].IsCapitalised && tokens[k + 3].Text == ".";

    private static bool HasArabicParticle(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text is "bin" or "ibn" or "bint" or "Al" or "al" || tokens[k].Text.StartsWith("al-", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TitleAlsoName(Token t) => t.Text is "Bishop" or "Major" or "King" or "Pope";

    // "Reza Shah Pahlavi", "Maurice Bishop", "John Major": a title that is also a name, after a name word (for all but
    // "Shah", as the run's last word).
    private static bool TitleInsideName(List<Token> tokens, int first, int k) =>
        k > first && (tokens[k].Text == "Shah" || (TitleAlsoName(tokens[k]) && (k + 1 == tokens.Count || !tokens[k + 1].IsCapitalised)))
        && tokens[k - 1] is { IsCapitalised: true, IsCountryWord: false } before
        && !before.Is(WordClasses.Title | WordClasses.RoleModifier | WordClasses.LeadingStopWord);

    // "made his first trip to Asia as president": a word after a preposition of place is where, not who.
    // "the works in Slavonski Brod supplied": a run after "in" or "at" that a verb follows is a place.
    private static bool AfterPlacePreposition(List<Token> tokens, int runStart) =>
        runStart > 0 && tokens[runStart - 1].Text is "in" or "at" or "near";

    private static bool AfterPreposition(List<Token> tokens, int runStart) =>
        runStart > 0 && tokens[runStart - 1].Text is "to" or "in" or "at" or "from" or "into" or "across" or "toward" or "towards" or "through" or "via" or "over" or "for" or "of";

    /// <summary>"with Kaysone Phomvihane as prime minister and Souphanouvong as president": a role after "as".</summary>
    private static bool AsRoleFollows(List<Token> tokens, int k, string word = "as")
    {
        if (k >= tokens.Count || tokens[k].Text != word)
        {
            return false;
        }

        // Modifiers and a country's name may stand before the role ("the first Soviet ambassador").
        for (k++; k < tokens.Count && tokens[k].Kind == TokenKind.Word && (!tokens[k].IsCapitalised || tokens[k].IsCountryWord); k++)
        {
            if (IsRoleNoun(tokens[k]))
            {
                return true;
            }

            if (!tokens[k].Is(WordClasses.RoleModifier) && !tokens[k].IsCountryWord && tokens[k].Text is not ("the" or "a" or "an" or "its" or "their"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The name a list item of visits opens with, after its date label: "July 1976: Agostinho Neto, at the party congress",
    /// "1983: Miguel d'Escoto (for talks)", "2019 – Iván Duque", "2022: Fumio Kishida in Hanoi"; or at its very start before its date: "Che Guevara (1960)",
    /// "Ahmed Ben Bella, October 1962", "Kwame Nkrumah: 14–19 August 1961".
    /// </summary>
    private static bool ListItemOpener(List<Token> tokens, int runStart, int runEnd)
    {
        var afterLabel = runStart > 1 && tokens[runStart - 1].Text is ":" or "–" or "—" && tokens[runStart - 2].Kind == TokenKind.Number;
        if (afterLabel)
        {
            // "30 April – 1 May 2022: Fumio Kishida in Hanoi", "2011: Dilma Rousseff to Luanda": so too before the place.
            return runEnd == tokens.Count || tokens[runEnd].Text is "," or "(" or "."
                || (tokens[runEnd].Text is "in" or "to" && runEnd + 1 < tokens.Count && tokens[runEnd + 1].IsCapitalised);
        }

        if (runStart != 0 || runEnd + 1 >= tokens.Count)
        {
            return false;
        }

        // "Che Guevara (1960)", "Ahmed Ben Bella, October 1962"; "Manmohan Singh (Prime Minister of India) – Hanoi, 28–30
        // October 2010", "João Lourenço – Havana, 2019".
        var next = tokens[runEnd + 1];
        var dated = next.Kind == TokenKind.Number || next.Is(WordClasses.MonthOrDay) || VisitWordSoonAfter(tokens, runEnd + 1);
        return tokens[runEnd].Text switch
        {
            "(" => dated || next.Is(WordClasses.Title) || (next.IsCapitalised && next.Is(WordClasses.RoleModifier)),
            "," or ":" => dated,
            // "Megawati Sukarnoputri to Hanoi, August 2001": where the visitor went, then when.
            "to" => next.IsCapitalised && NumberSoonAfter(tokens, runEnd + 2),
            "–" or "—" => NumberSoonAfter(tokens, runEnd + 1),
            _ => false,
        };
    }

    // "– Havana, 2019": a year or a day within the next four tokens.
    private static bool NumberSoonAfter(List<Token> tokens, int k)
    {
        for (var end = Math.Min(tokens.Count, k + 4); k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // "Gustáv Husák, state visit to Vietnam, 9–12 February 1980": a word of visiting within the next three words.
    private static bool VisitWordSoonAfter(List<Token> tokens, int k)
    {
        for (var end = Math.Min(tokens.Count, k + 3); k < end && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalised; k++)
        {
            if (tokens[k].Text is "visit" or "visits" or "trip" or "tour")
            {
                return true;
            }
        }

        return false;
    }

    // Participles of a person put in or out of office: "Alan García, inaugurated on 28 July 1985," (not "the Treaty of X,
    // signed on").
    private static readonly HashSet<string> InstalledParticiples = new(["inaugurated", "elected", "re-elected", "appointed", "installed", "ousted", "deposed"], StringComparer.Ordinal);

    private static bool AppositionFollows(List<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Text != ",")
        {
            return false;
        }

        k++;
        if (k < tokens.Count && tokens[k].Text is "who" or "whose")
        {
            return true;
        }

        // "Malcolm Turnbull, hosted by Abe in Tokyo", "Yitzhak Rabin, received in Bonn", "Alan García, inaugurated on 28 July
        // 1985,": a participle of being hosted or installed.
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalised && tokens[k].Text.EndsWith("ed", StringComparison.Ordinal)
            && !tokens[k].Is(WordClasses.NotVerb) && (tokens[k + 1].Text is "by" or "in" or "at" || (tokens[k + 1].Text == "on" && InstalledParticiples.Contains(tokens[k].Text))
                || (tokens[k + 1].Text is "aside" or "away" or "out" or "down" or "off" && k + 2 < tokens.Count && tokens[k + 2].Text == "by")))
        {
            // "Babrak Karmal, pushed aside by Taraki and Amin,": a phrasal participle too.
            return true;
        }

        for (var n = 0; k < tokens.Count && n < 7; k++, n++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                if (t.Text is "," or "." or ";" or ":" or "(" or ")")
                {
                    return false;
                }

                continue;
            }

            if (t.Is(WordClasses.RoleNoun))
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkCountryWords(List<Token> tokens, IReadOnlyList<CountryMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var m = 0;
        foreach (ref var t in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))
        {
            while (m < mentions.Count && mentions[m].Start + mentions[m].Length <= t.Start)
            {
                m++;
            }

            // Every word of the token lies inside a mention ("North Korean-Vietnamese" is two demonyms).
            t.IsCountryWord = m < mentions.Count && mentions[m].Start <= t.Start && CoveredByMentions(mentions, m, t);
        }
    }

    private static bool CoveredByMentions(IReadOnlyList<CountryMention> mentions, int m, in Token t)
    {
        var end = t.Start + t.Length - t.PossessiveLength;
        var pos = t.Start;
        for (; m < mentions.Count && mentions[m].Start < end; m++)
        {
            if (mentions[m].Start > pos + 1)
            {
                return false;
            }

            pos = Math.Max(pos, mentions[m].Start + mentions[m].Length);
        }

        return pos >= end;
    }

    // Token texts recur across sentences and articles: each distinct one is allocated and classed once, shared by all threads.
    private static readonly Values.StringMemo<Word> Words = new(word => new Word(word, Classify(word)));

    // Tokens are gathered here and then copied into a list of exactly their number: an article keeps every sentence's
    // list for its second pass, and a list sized by guess (or grown by doubling) allocated a third more than it held.
    [ThreadStatic]
    private static Token[]? scratch;

    private static List<Token> Tokenise(string sentence)
    {
        var buffer = scratch ??= new Token[256];
        var count = 0;
        for (var at = 0; at < sentence.Length;)
        {
            var length = TokenScanner.Length(sentence, at);
            if (length == 0)
            {
                at++;
                continue;
            }

            var raw = sentence.AsSpan(at, length);
            var possessive = 0;
            if (raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal))
            {
                possessive = 2;
            }
            else if (raw.Length > 1 && raw[^1] is '\'' or '’')
            {
                possessive = 1;
            }

            var word = Words.Get(raw[..^possessive]);
            var kind = char.IsLetter(raw[0]) ? TokenKind.Word : char.IsDigit(raw[0]) ? TokenKind.Number : TokenKind.Punctuation;
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                scratch = buffer;
            }

            buffer[count++] = new Token(word, at, length, kind, possessive);
            at += length;
        }

        var tokens = new List<Token>(count);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(tokens, count);
        buffer.AsSpan(0, count).CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        return tokens;
    }

    /// <summary>The article's names (null for a lone sentence) and where the questions asked and their answers are recorded.</summary>
    private readonly record struct Lookups(KnownNames? Article, List<(string Name, bool Known)>? Asked, HashSet<string>? Unknown);

    /// <summary>A distinct token text, the word lists it is in, and its case.</summary>
    private sealed record Word(string Text, WordClasses Classes)
    {
        // "d'Estaing" and "al-Assad" are capitalised name words after their particles; "ʿAbd" after its ayn.
        public bool IsCapitalised { get; } = Text.Length > 0 && (char.IsUpper(Text[0])
            || (Text.Length > 2 && Text[0] is 'd' or 'l' && Text[1] is '\'' or '’' && char.IsUpper(Text[2]))
            || (Text.Length > 1 && Text[0] is 'ʿ' or 'ʾ' && char.IsUpper(Text[1]))
            || JoinedToParticle(Text));

        public bool IsAllCaps { get; } = AllLettersUpper(Text);

        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinedParticleLookup = JoinedParticles.GetAlternateLookup<ReadOnlySpan<char>>();

        private static bool JoinedToParticle(string text)
        {
            var hyphen = text.IndexOf('-', StringComparison.Ordinal);
            return hyphen is > 1 and < 4 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1])
                && JoinedParticleLookup.Contains(text.AsSpan(0, hyphen));
        }

        private static bool AllLettersUpper(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private enum TokenKind : byte
    {
        Word,
        Number,
        Punctuation,
    }

    // A struct of 24 bytes: a sentence has dozens of tokens and an article keeps them all for its second pass.
    private struct Token(Word word, int start, int length, TokenKind kind, int possessiveLength)
    {
        private readonly byte possessiveLength = (byte)possessiveLength;

        public string Text => word.Text;

        public int Start { get; } = start;

        public int Length { get; } = length;

        public TokenKind Kind { get; } = kind;

        public readonly int PossessiveLength => possessiveLength;

        public bool IsPossessive => PossessiveLength > 0;

        public bool IsCapitalised { get; } = kind == TokenKind.Word && word.IsCapitalised;

        public bool IsAllCaps { get; } = kind == TokenKind.Word && word.IsAllCaps;

        public bool IsCountryWord { get; set; }

        /// <summary>Whether the word is in any of the given lists of <see cref="PersonRecogniserLexicon"/>.</summary>
        public readonly bool Is(WordClasses classes) => (word.Classes & classes) != 0;
    }
}
