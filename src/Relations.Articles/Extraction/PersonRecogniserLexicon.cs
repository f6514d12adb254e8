namespace Relations.Articles.Extraction;

/// <summary>The lists of <see cref="PersonRecogniserLexicon"/> a word is in, so a token is classed once per distinct word.</summary>
[Flags]
internal enum WordClasses
{
    None = 0,
    Title = 1 << 0,
    AbbreviatedTitle = 1 << 1,
    RoleNoun = 1 << 2,
    PluralRoleNoun = 1 << 3,
    RoleModifier = 1 << 4,
    PersonAdjective = 1 << 5,
    Verb = 1 << 6,
    MeetingWord = 1 << 7,
    NotVerb = 1 << 8,
    VerbFiller = 1 << 9,
    PossessedNoun = 1 << 10,
    ThingNoun = 1 << 11,
    ThingPrefix = 1 << 12,
    LeadingStopWord = 1 << 13,
    Particle = 1 << 14,
    Numeral = 1 << 15,
    MonthOrDay = 1 << 16,
}

/// <summary>The word lists behind <see cref="PersonRecogniser"/>'s rules; each set is one kind of evidence.</summary>
internal static class PersonRecogniserLexicon
{
    /// <summary>Every list the word is in (a plural role noun: "leaders" when "leader" is one).</summary>
    public static WordClasses Classify(string word)
    {
        var classes = WordClasses.None;
        Add(Titles, WordClasses.Title);
        Add(AbbreviatedTitles, WordClasses.AbbreviatedTitle);
        Add(RoleNouns, WordClasses.RoleNoun);
        Add(RoleModifiers, WordClasses.RoleModifier);
        Add(PersonAdjectives, WordClasses.PersonAdjective);
        Add(Verbs, WordClasses.Verb);
        Add(MeetingWords, WordClasses.MeetingWord);
        Add(NotVerbs, WordClasses.NotVerb);
        Add(VerbFillers, WordClasses.VerbFiller);
        Add(PossessedNouns, WordClasses.PossessedNoun);
        Add(ThingNouns, WordClasses.ThingNoun);
        Add(ThingPrefixes, WordClasses.ThingPrefix);
        Add(LeadingStopWords, WordClasses.LeadingStopWord);
        Add(Particles, WordClasses.Particle);
        Add(Numerals, WordClasses.Numeral);
        Add(MonthsAndDays, WordClasses.MonthOrDay);
        if (word.EndsWith('s') && RoleNouns.Contains(word[..^1]))
        {
            classes |= WordClasses.PluralRoleNoun;
        }

        // "Resident-General", "Governor-General", "Commander-in-Chief": a compound whose last part is a role is one.
        if (word.LastIndexOf('-') is > 0 and var hyphen && hyphen < word.Length - 1 && RoleNouns.Contains(word[(hyphen + 1)..]))
        {
            classes |= WordClasses.RoleNoun;

            // "Vice-Chairman Ivan Kebin", "Deputy-Premier X": a title with a modifier joined on is a title.
            // "Governor-General Paul Scoon": so is one of two titles.
            if (Titles.Contains(word[(hyphen + 1)..]) && (RoleModifiers.Contains(word[..hyphen]) || Titles.Contains(word[..hyphen])))
            {
                classes |= WordClasses.Title;
            }
        }

        return classes;

        void Add(HashSet<string> list, WordClasses c)
        {
            if (list.Contains(word))
            {
                classes |= c;
            }
        }
    }

    private static HashSet<string> Set(string words, StringComparer comparer) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), comparer);

    /// <summary>Capitalised titles inside a name run: the name starts after the last of them ("Prime Minister Nguyễn Xuân Phúc").</summary>
    public static readonly HashSet<string> Titles = Set(
        "President President-elect Presidents Minister Secretary Chairman Chairwoman Chairperson King Queen Regent Prince Princess Emperor Empress "
        + "Premier Marshal General Dr Mr Mrs Ms Ambassador Senator Governor Chancellor Pope Sultan Sheikh Emir Shah Comrade "
        + "Commander Colonel Admiral Captain Lieutenant Sergeant Lord Sir Dame Leader Counselor Counsellor Envoy Professor Prof "
        + "Mayor Speaker Director Commissioner Commissar Consul Archbishop Bishop Cardinal Ayatollah Imam Reverend Rev Generalissimo Comandante "
        + "Chairmen Ministers Historian Dictator Major Brigadier Staff Adviser Advisor Madame Madam Mme Monsieur Mademoiselle Señor Señora Senhor Senhora "
        + "Egyptologist Indologist Orientalist Arabist Sinologist Japanologist Africanist",
        StringComparer.Ordinal);

    /// <summary>Abbreviated titles written with a full stop ("Dr. Kim"): the stop does not end the name run.</summary>
    public static readonly HashSet<string> AbbreviatedTitles = Set("Dr Mr Mrs Ms Mme Prof Rev Gen Col Capt Lt Sgt St", StringComparer.Ordinal);

    /// <summary>
    /// Role and kinship nouns: right before a name ("historian Balazs Szalontai", "his grandfather Kim Il Sung") or in an
    /// apposition after it (", a political counselor") they mark a person.
    /// </summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "president minister secretary chairman chairwoman chairperson leader leaders king queen prince princess emperor "
        + "empress premier marshal general ambassador senator governor chancellor pope sultan sheikh emir shah comrade "
        + "commander colonel admiral captain lieutenant sergeant counselor counsellor envoy diplomat dictator scholar "
        + "journalist professor founder historian writer author poet novelist activist official spokesman spokeswoman "
        + "spokesperson analyst researcher economist politician revolutionary guerrilla defector athlete player singer "
        + "artist actor actress director mayor speaker consul attaché attache representative delegate negotiator "
        + "commissioner victim abductee hostage bomber affaires d'affaires d’affaires "
        + "veteran combatant officer soldier pilot general-secretary secretary-general vice-president chief head "
        + "grandfather grandmother grandson granddaughter father mother son daughter brother sister wife husband uncle "
        + "aunt nephew niece cousin widow successor predecessor counterpart friend colleague aide adviser advisor "
        + "deputy lawyer judge priest monk bishop archbishop cardinal businessman businesswoman entrepreneur "
        + "photographer filmmaker composer coach footballer boxer engineer scientist physicist chemist editor publisher "
        + "doctor physician surgeon nurse teacher student agent spy major member communist dissident woman striker "
        + "second-in-command cosmonaut astronaut indologist egyptologist orientalist arabist sinologist archaeologist "
        + "anthropologist ethnographer geologist linguist metallurgist mathematician philosopher architect sculptor painter "
        + "musician pianist conductor explorer missionary",
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The office a title names after "of" or "for": "Secretary of State James Baker", "Minister of Foreign Affairs X".</summary>
    public static readonly HashSet<string> OfficeWords = Set(
        "State Foreign Affairs Defence Defense Interior Justice Finance Trade Health Education Agriculture Industry "
        + "Culture Commerce Economy Labour Labor Energy Transport Planning Security Information Home External Internal "
        + "Public Works National Liaison Cooperation Civil Aviation Railways Communications Mines Tourism and",
        StringComparer.Ordinal);

    /// <summary>Words that may stand inside a role before a name ("North Korean prime minister", "new Cuban President").</summary>
    public static readonly HashSet<string> RoleModifiers = Set(
        "prime vice deputy foreign first acting supreme chief general defence defense political government party "
        + "state military communist revolutionary former then new late interim senior top de facto",
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives that only describe people: "the exiled Norodom Sihanouk", "the late Kim Il Sung".</summary>
    public static readonly HashSet<string> PersonAdjectives = Set(
        "exiled late deposed ousted assassinated imprisoned jailed detained murdered slain disgraced ailing elderly "
        + "legendary revered beloved",
        StringComparer.Ordinal);

    /// <summary>Verbs of action or speech whose subject is a person: "Raúl Castro stated", "Kim Jong Un came".</summary>
    public static readonly HashSet<string> Verbs = Set(
        "visited visits visit met meets meet said says say stated states wrote writes welcomed welcomes came comes sent "
        + "sends made makes told tells signed signs led leads died dies proclaimed proclaims announced announces declared "
        + "declares arrived arrives travelled traveled travels returned returns received receives hosted hosts attended "
        + "attends praised praises called calls urged urges asked asks agreed agrees expressed expresses noted notes "
        + "claimed claims argued argues accepted accepts rejected rejects ordered orders appointed appoints became becomes "
        + "served serves resigned resigns replied replies thanked thanks congratulated congratulates condemned condemns "
        + "criticized criticised criticizes criticises described describes recalled recalls added adds explained explains "
        + "insisted insists warned warns promised promises pledged pledges offered offers invited invites greeted greets "
        + "defected defects fled flees gave gives delivered delivers inspected inspects toured tours paid pays held holds "
        + "talked talks spoke speaks believed believes decided decides refused refuses admitted admits remarked remarks "
        + "commented comments mentioned mentions embraced embraces hugged hugs shook shakes personally wished wishes "
        + "presented presents awarded awards sought seeks vowed vows urged negotiated negotiates discussed discusses "
        + "reaffirmed reaffirms stressed stresses emphasized emphasised emphasizes emphasises chose chooses seized seizes "
        + "governed governs ruled rules mediated mediates won wins launched launches founded founds suspended suspends "
        + "flew flies went goes stopped stops landed lands took takes joined joins stayed stays represented "
        + "represents unveiled unveils inaugurated inaugurates witnessed witnesses oversaw oversees pressed "
        + "presses raised raises handed hands requested requests proposed proposes spent spends chaired chairs "
        + "accompanied accompanies headed heads addressed addresses studied studies lived lives settled settles "
        // Past tenses not in -ed: "Maurice Bishop and the New Jewel Movement overthrew", "Babrak Karmal broke".
        + "overthrew broke fought kept built began brought threw rose fell drew drove stood sat lost forgot withdrew "
        + "undertook struck swore taught thought hid knew laid due defeats loses lost",
        StringComparer.Ordinal);

    /// <summary>Words that may stand between a subject and its verb ("Kim Il Sung personally made", "X has visited").</summary>
    /// <summary>Verbs whose object is a person: "met Manuel Ávila Camacho", "succeeded X".</summary>
    public static readonly HashSet<string> ObjectOfMeeting = Set(
        "met meets greeted welcomed succeeded replaced defeated congratulated invited hosted received "
        // "killed Hafizullah Amin and installed Babrak Karmal", "summoned X to Moscow": done to a person.
        + "installed killed executed assassinated ousted deposed overthrew arrested murdered summoned",
        StringComparer.Ordinal);

    /// <summary>Words after which "with X" names a person: "signed … with Yoshihide Suga", "talks with X".</summary>
    public static readonly HashSet<string> MeetingWords = Set("met meet meeting meetings signed talks summit summits held negotiated negotiations spoke mediate mediated mediating", StringComparer.Ordinal);

    /// <summary>Words ending in -ed that are not verbs of a person ("based", "called", "named").</summary>
    public static readonly HashSet<string> NotVerbs = Set(
        "based called named entitled titled dubbed located situated seated housed concerned related united limited "
        + "advanced armed isolated landlocked bordered need indeed hundred speed breed seed feed greed",
        StringComparer.Ordinal);

    public static readonly HashSet<string> VerbFillers = Set(
        "has had have would will also then later again once himself herself reportedly subsequently finally first "
        + "never often soon repeatedly publicly privately officially even still nevertheless nonetheless is was were",
        StringComparer.Ordinal);

    /// <summary>Nouns after a possessive that belong to a person: "Fidel Castro's death", "Kim Il Sung's first visit".</summary>
    public static readonly HashSet<string> PossessedNouns = Set(
        "death funeral birthday birth assassination wife husband son daughter father mother brother sister widow "
        + "grandson granddaughter grandfather grandmother family successor predecessor visit visits trip trips speech "
        + "memoirs memoir biography portrait statue body grave tomb mausoleum rule reign leadership presidency "
        + "premiership regime policies policy health illness retirement resignation inauguration arrest execution "
        + "exile letter letters remarks orders behalf invitation birthplace legacy government cabinet administration stay "
        + "governments cabinets administrations reform "
        + "forces troops followers supporters victory victories network reforms rebels photographs paintings writings "
        + "teachings "
        // A leader's own body: "Yoweri Museveni's National Resistance Army", "Abeid Karume's Revolutionary Council".
        + "Army Council Front Movement Government Cabinet Administration Guard",
        StringComparer.Ordinal);

    /// <summary>Nouns naming institutions, places, events and things: a run holding one is not a person ("Kim Il Sung University").</summary>
    public static readonly HashSet<string> ThingNouns = Set(
        "Relations University Universities Square City Town Countries Nations Trail Party War Wars Summit Accords Accord Agreement Treaty Olympics Olympic Bloc "
        + "Games Canal Authority Ministry Assembly Committee Council Institute Academy Airport Station Street Bridge "
        + "Province Prefecture Bay Island Islands River Mountain Mountains Stadium Hall Palace Hotel Embassy Consulate "
        + "Movement Front Army Navy Force Forces Company Corporation Bank Group News Agency Times Post Ilbo Daily Sinmun "
        + "Electronics Motors Airlines Airways Industries Holdings Telecom Petroleum Steel Shipping Construction Engineering "
        + "Assistance Cooperation Development Aviation Aviación "
        + "International Organization Organisation Association Foundation Federation Union Society Club Team Network "
        + "Television Radio Press Service Office Department Commission Court Church Temple Pagoda Monastery Mosque Cathedral Shrine School College Centre "
        + "Center Museum Library Hospital Park Port Harbour Harbor Lake Sea Ocean Gulf Strait Peninsula Valley Region "
        + "District County Republic Kingdom Empire Dynasty Government Administration Parliament Congress Senate Cabinet "
        + "Politburo Secretariat Conference Forum Festival Cup Championship Expo Declaration Charter Pact Protocol "
        + "Convention Resolution Plan Program Programme Project Operation Campaign Revolution Uprising Rebellion Crisis "
        + "Incident Affair Affairs Massacre Battle Offensive Doctrine Line Zone Area Complex Tower Monument Memorial "
        + "Mausoleum Road Avenue Highway Railway Express Airlines Airways Motors Electric Industries Works Mine Mines "
        + "Plant Factory Market Exchange Fund Prize Award Medal Order Tribune Herald Journal Gazette Review Magazine "
        + "Broadcasting Channel Studio Studios Pictures Records Festival League Brigade Brigades Division Corps Regiment "
        + "Squadron Fleet Guard Guards Police Ministry Bureau Directorate Inc Ltd Co Corp Youth Pioneers Rouge Gang "
        + "Peace Wall Gate Building Garden Gardens Cemetery Prison Camp Base Pass Cave Falls Desert Plateau Plain Coast "
        + "Embassies Delegation Mission Missions Statement Communiqué Communique Law Act Constitution Code Bill Budget "
        // "the General People's Congress": a people's body, never a name.
        + "People Rights "
        + "Expressway Motorway Freeway Pipeline Corridor Dam Refinery Terminal",
        StringComparer.OrdinalIgnoreCase);

    /// <summary>First words that make a run a thing, not a person: storms, operations, mountains ("Hurricane Flora").</summary>
    public static readonly HashSet<string> ThingPrefixes = Set(
        "Hurricane Hurricanes Typhoon Typhoons Cyclone Cyclones Storm Tropical Operation Mount Lake Cape Fort Port Camp Project Battle Siege Treaty "
        + "Republic Kingdom Empire Union Federation Democratic Socialist United Federal National International Royal "
        + "State Ministry Department University Bank Saint St San Santa Lake Sea Gulf Radio Air Flight Air",
        StringComparer.Ordinal);

    /// <summary>Capitalised words that open sentences or clauses and are never part of a name ("During", "According").</summary>
    public static readonly HashSet<string> LeadingStopWords = Set(
        "The A An In On At During While According Both After Before Since Until From For With By As When Although "
        + "Though However Also This That These Those Its His Her Their Our My Your It He She They We I There Following "
        + "Despite Under Between Among Around Over If Because Meanwhile Later Today Then Many Some Several Most Each "
        + "Every Other Another Such Upon Through Throughout Within Without Like Unlike Amid Along Against Towards Toward "
        + "Near About Of To And But Or So Yet Nor Not No Only Even Just Still Thus Hence Therefore Moreover Furthermore "
        + "Nevertheless Nonetheless Instead Once Where What Which Who Whose How Why All Any Neither Either Few "
        + "Here Now Soon Early Late Mid Former Current Previous Next Last First Second Third New Old Following Prior "
        + "Apparently Eventually Finally Initially Subsequently Recently Traditionally Historically Officially Notably "
        + "Similarly Additionally Consequently Indeed Overall Afterwards",
        StringComparer.Ordinal);

    /// <summary>Lower-case particles allowed inside a name ("Charles de Gaulle", "Ludwig van Beethoven").</summary>
    public static readonly HashSet<string> Particles = Set("de del della di da das dos do du van von der den ter bin ibn al el la le los las y arap", StringComparer.Ordinal);

    /// <summary>Arabic particles joined to the name that follows by a hyphen ("Bashar al-Assad", "Salah ad-Din").</summary>
    public static readonly HashSet<string> JoinedParticles = Set("al el ad ar as ash at az an ud ul bin ibn abu", StringComparer.Ordinal);

    /// <summary>Regnal and generational numerals after a name ("Hassan II", "John Paul II").</summary>
    public static readonly HashSet<string> Numerals = Set("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI", StringComparer.Ordinal);

    /// <summary>"the government of X", "the guest of X": nouns whose "of" is followed by a person.</summary>
    public static readonly HashSet<string> OfPersonNouns = Set(
        "government junta regime administration presidency reign rule guest guests widow son daughter wife husband successor "
        + "predecessor cabinet leadership premiership dictatorship assassination funeral invitation envoy murder killing "
        + "death execution arrest kidnapping imprisonment fall overthrow ouster downfall inauguration swearing-in forces "
        + "troops supporters followers loyalists command network orders behest instructions visit visits trip journey reforms memoirs teachings house trial",
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words for vessels and firms, whose names are often people's: "the freighter Yuri Gagarin", "the company Orascom".</summary>
    public static readonly HashSet<string> ThingNamingNouns = Set(
        "ship ships vessel vessels freighter freighters tanker tankers steamer steamers liner liners cargo frigate frigates "
        + "destroyer destroyers cruiser cruisers submarine submarines warship warships icebreaker icebreakers ferry yacht "
        + "trawler trawlers carrier carriers boat boats company companies firm firms corporation conglomerate airline "
        + "newspaper newspapers daily magazine broadcaster brand manufacturer operator",
        StringComparer.Ordinal);

    /// <summary>
    /// "led by X", "received by X": participles whose "by" is followed by a person; "its proclamation by X", "a speech by
    /// X": nouns of what a person does.
    /// </summary>
    public static readonly HashSet<string> ByPersonVerbs = Set(
        "led headed founded chaired received hosted welcomed signed ordered appointed commanded governed ruled "
        + "met greeted visited killed assassinated overthrown ousted deposed executed invited accompanied criticised criticized condemned "
        + "proclamation speech address invitation assassination overthrow statement declaration announcement remarks interview defeat "
        + "visit visits trip journey",
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles not in -ed that may stand a few words before "by X": "met at the station by X".</summary>
    public static readonly HashSet<string> IrregularParticiples = Set("met led held sent seen taken given made brought built written shot overthrown", StringComparer.Ordinal);

    public static readonly HashSet<string> MonthsAndDays = Set(
        "January February March April May June July August September October November December "
        + "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
        + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        StringComparer.Ordinal);
}
