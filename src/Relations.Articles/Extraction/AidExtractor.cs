using System.Text.RegularExpressions;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>
/// Aid figures: quantified transfers between the parties (money, goods, people sent), donor → recipient, named as the
/// title names the parties. The donor is the subject of a verb of giving ("North Korea sent …", "Kim Il Sung … sent us …":
/// the person's country), the recipient the country after it ("… to North Vietnam"); "received … from" turns them round;
/// a passive clause ("200 pilots were reported to have served") takes the parties of the last transfer in its paragraph.
/// People named with a party's demonym give the direction themselves: "1,200 Cuban doctors served" come from Cuba,
/// "2,000 Vietnamese students" are educated for Vietnam. A series carries its unit along ("1966: 12.3 million rubles;
/// 1967: 20 million"), each amount taking its year label; a recurring figure ("every year") has no year.
/// </summary>
public static partial class AidExtractor
{
    public static IReadOnlyList<AidFact> Extract(AnalysedArticle article)
    {
        var aid = new List<AidFact>();
        (Country Donor, Country Recipient)? context = null;
        Country? opener = null;
        var block = -1;
        (Country Donor, Country Recipient)? listGivers = null;
        string? paragraphUnit = null;
        var paragraphStart = 0;
        var index = -1;
        var paragraphFirst = 0;
        foreach (var s in article.Sentences)
        {
            index++;
            if (s.Sentence.Block != block)
            {
                paragraphStart = aid.Count;
                paragraphFirst = index;
                // A list right after the sentence that announces it keeps that sentence's givers.
                listGivers = s.Sentence.IsListItem && s.Sentence.Block == block + 1 ? listGivers : null;
                block = s.Sentence.Block;
                context = null;
                opener = null;
                paragraphUnit = null;
            }

            var found = aid.Count;

            foreach (var clause in TransferParts(article, s))
            {
                var text = s.Text;
                var cue = VerbWithItsSubject(article, s, clause, FindCue(text, clause));

                // "After Mexico cut its deliveries, Soviet tankers brought …": a leading subordinate clause sets the scene;
                // the transfer is the main clause's, and so is its subject.
                var lead = LeadEnd(text, clause);
                if (cue.Success && cue.Index < lead && FindCue(text, new TextSpan(lead, clause.End - lead)) is { Success: true } main)
                {
                    cue = VerbWithItsSubject(article, s, clause, main);
                }

                if (!cue.Success || Blocked().IsMatch(text.AsSpan(clause.Start, cue.Index - clause.Start)) || ThirdPartyLender(article, s, clause, cue.Index)
                    || ThirdDestination(article, s, clause, cue) || ThirdSubject(article, s, clause, cue.Index))
                {
                    continue;
                }

                // A trade volume ("bilateral trade reached US$5 billion") takes every amount of its own comma-separated part
                // and those after; when no comma comes before it, that is the whole clause.
                var tradeEnd = int.MaxValue;
                var whole = text.AsSpan(clause.Start, clause.Length);

                // "exported 3,000 tonnes of copper under a barter agreement": goods bartered are trade, whatever the verb.
                if (whole.Contains("barter", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "supplied 400,000 tonnes of coal a year in exchange for Yugoslav bauxite": goods paid for with the other
                // party's goods are bartered too ("partly in exchange for missile technology" names no party's goods).
                if (whole.Contains(" exchange for ", StringComparison.Ordinal) && ForPartysGoods(article, s, clause))
                {
                    continue;
                }

                // "Trade revived under the programme: Vietnam sold Iraq 2.3 million tonnes of rice": a sale told as trade is
                // trade, not a gift.
                if (cue.Groups["sell"].Success && text.AsSpan(0, cue.Index).Contains("trade", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if ((whole.Contains("trade", StringComparison.OrdinalIgnoreCase) || whole.Contains("ports ", StringComparison.Ordinal) || whole.Contains("turnover", StringComparison.Ordinal) || whole.Contains("sales ", StringComparison.Ordinal))
                    && TradeVolume().Match(text, clause.Start, clause.Length) is { Success: true } trade)
                {
                    tradeEnd = trade.Index + trade.Length;
                    if (text.AsSpan(clause.Start, tradeEnd - clause.Start).IndexOf(',') < 0)
                    {
                        continue;
                    }
                }

                // "2,000 officers passed through Cuban academies", "a mill built by 200 Chinese technicians", "a dam built with
                // the help of 60 Chinese engineers": learners and builders name their direction themselves (below).
                // "120 Cuban sugar technicians helped rehabilitate the mills", "15 Cuban surveyors spent two years in Ghana", "the
                // group numbered 470 German architects": so do the people a party's demonym names who help, who spend time
                // abroad or whom a group counts, and no one else.
                var builder = cue.Groups["builder"].Success;
                var counted = cue.Groups["counted"].Success;
                var tally = cue.Groups["tally"].Success;
                // "the number of Cuban doctors in Angola rose to 2,000": a count names its people, direction and figure itself.
                if (tally && PeopleCounted(article, s, clause, cue) is { } count)
                {
                    aid.Add(count);
                    continue;
                }

                var parties = Parties(article, s, clause, cue.Index < lead ? clause.Start : lead, cue)
                    ?? (opener is not null && (ItBefore().IsMatch(text.AsSpan(clause.Start, cue.Index - clause.Start)) || NounSubject(text, clause, cue))
                        ? (opener, article.Other(opener)) : ((Country, Country)?)null)
                    ?? (cue.Groups["agent"].Success || builder || counted ? null : context);
                // "36 Korean doctors were posted to hospitals in Oran": a passive with no party names its direction only by the
                // people it counts (below).
                var passive = parties is null && PassiveCue(text, clause, cue);
                // "a first contingent of 120 Cuban doctors arrived": a group with no party before it is sent by the party
                // whose demonym names its people, as a count is (below).
                var group = parties is null && cue.Groups["group"].Success;
                // "A 1979 cultural agreement brought the first 15 Malaysian students to Kim Il Sung University": an accord or a
                // programme that brings learners or staff names no party; the people's demonym names their direction (below).
                var broughtBy = parties is null && !passive && cue.ValueSpan.StartsWith("br", StringComparison.OrdinalIgnoreCase) && cue.Groups["agent"].Success;
                if (parties is null && !cue.Groups["learn"].Success && !builder && !counted && !passive && !group && !broughtBy)
                {
                    continue;
                }

                // "Lê Duẩn attended the congress in Sofia" sets no direction for the figures after it.
                var setsContext = !cue.Groups["learn"].Success && !counted && !passive && !group && !broughtBy;
                if (setsContext)
                {
                    context = parties;
                }

                var regions = DateRegions.Of(text, clause, s.Dates);
                // The rarer tests run only on clauses with a word they look for.
                var clauseText = text.AsSpan(clause.Start, clause.Length);
                var negated = clauseText.Contains("not ", StringComparison.OrdinalIgnoreCase) || clauseText.Contains("never ", StringComparison.OrdinalIgnoreCase);
                var deadly = clauseText.Contains("kill", StringComparison.OrdinalIgnoreCase) || clauseText.Contains("wound", StringComparison.OrdinalIgnoreCase)
                    || clauseText.Contains("injur", StringComparison.OrdinalIgnoreCase) || clauseText.Contains("lives", StringComparison.OrdinalIgnoreCase);
                var listsParts = clauseText.Contains("among", StringComparison.OrdinalIgnoreCase) || clauseText.Contains("includ", StringComparison.OrdinalIgnoreCase)
                    || clauseText.Contains(" of wh", StringComparison.OrdinalIgnoreCase) || clauseText.Contains(" of them", StringComparison.OrdinalIgnoreCase);
                var recurring = Recurring().IsMatch(clauseText);
                var buying = clauseText.Contains("bu", StringComparison.Ordinal) || clauseText.Contains("bought", StringComparison.Ordinal) || clauseText.Contains("purchas", StringComparison.Ordinal);
                var valued = clauseText.Contains("worth", StringComparison.Ordinal) || clauseText.Contains("valued", StringComparison.Ordinal) || clauseText.Contains("totall", StringComparison.Ordinal);
                var payer = clauseText.Contains("expense", StringComparison.OrdinalIgnoreCase) ? Payer(article, s, clause) : null;
                // "delivered six freighters, largely on commercial terms": goods sold at a price are trade, not aid.
                var commercial = clauseText.Contains("commercial", StringComparison.Ordinal) && CommercialTerms().IsMatch(clauseText);
                var paysFor = clauseText.Contains("help", StringComparison.Ordinal) || clauseText.Contains("exchang", StringComparison.Ordinal);
                var removing = clauseText.Contains("struck", StringComparison.Ordinal) || clauseText.Contains("regist", StringComparison.Ordinal);
                // "a housing factory, able to turn out 1,700 flats a year, donated …": what a gift can make is its capacity, not a figure.
                var capacity = clauseText.Contains("able to ", StringComparison.Ordinal) || clauseText.Contains("capa", StringComparison.Ordinal);
                var debts = clauseText.Contains("debt", StringComparison.OrdinalIgnoreCase) || clauseText.Contains(" owe", StringComparison.Ordinal)
                    || clauseText.Contains(" owing", StringComparison.Ordinal) || clauseText.Contains("repay", StringComparison.Ordinal) || clauseText.Contains("repaid", StringComparison.Ordinal);
                string? unit = null;
                var previousEnd = -1;
                var previousMoney = false;
                var previousMoneyEnd = -1;
                string? previousCurrency = null;
                var previousGoodsEnd = -1;
                foreach (var q in QuantityParser.Find(clause.Of(text)))
                {
                    // "Ghanaians studied in Kiev and Odessa, and some 900 of them graduated from Soviet institutes": a share of the
                    // people named before who learn at a party's schools are students; no other share is read.
                    var ofThem = q.Unit.Length == 0 && text.AsSpan(clause.Start + q.Start + q.Length).StartsWith(" of them", StringComparison.Ordinal);
                    if (ofThem && SchoolOwner(article, s, clause.Start + q.Start + q.Length) is null)
                    {
                        continue;
                    }

                    // "The Soviet Union dispatched some 400 military advisers in 1978. … roughly 3,000 more were sent": a
                    // further figure with no unit in its sentence is in the unit of the paragraph's last figure.
                    unit = q.Unit.Length > 0 ? q.Unit : ofThem ? "students" : unit ?? CountedSubject(text, clause, clause.Start + q.Start)
                        ?? (tally && clause.Start + q.Start > cue.Index ? TalliedPeople(text, clause) : null)
                        ?? SeriesOfNumber(text, clause, clause.Start + q.Start)
                        ?? (q.Text.EndsWith("more", StringComparison.Ordinal) ? paragraphUnit : null)
                        ?? GraduatesNamedBefore(text, clause, clause.Start + q.Start, clause.Start + q.Start + q.Length);
                    var start = clause.Start + q.Start;
                    var end = start + q.Length;

                    // "produced five agreements, among them a US$12 million credit": the accords are no figure given, and the
                    // figures among them are their own.
                    if (unit is not null && Accords(unit))
                    {
                        previousEnd = -1;
                        continue;
                    }

                    // "pledged US$1 billion for two reactors": what the money pays for is not a second figure.
                    var purpose = q.Currency is null && previousMoneyEnd >= 0 && PurposeFor().IsMatch(text.AsSpan(previousMoneyEnd, start - previousMoneyEnd));
                    var restated = q.Currency is not null && (Restated(text, previousMoneyEnd, start, q.Currency != previousCurrency) || ValueOfGoods(text, previousGoodsEnd, start));
                    var boughtFor = (buying || cue.Groups["buy"].Success) && q.Currency is null && parties is var (_, given) && BoughtFor(article, s, clause, end, given);
                    previousMoneyEnd = q.Currency is null ? -1 : end;
                    previousCurrency = q.Currency;
                    previousGoodsEnd = q.Currency is null ? end : -1;

                    // "came home with agreements worth US$13 billion, among them a US$3 billion loan": the deals' sum before
                    // the cue is no transfer, and what follows it is no part of a figure given.
                    if (valued && start < cue.Index && Deals().IsMatch(text.AsSpan(clause.Start, q.Start)))
                    {
                        continue;
                    }

                    // "returned 472 cultural objects, among them four statues": a part of a figure already given.
                    // "about 16,000 troops, three brigades among them": so too a part named before its "among them".
                    // "weapons worth US$1 billion, including some 600 tanks": goods counted within a sum of money are a
                    // figure of their own.
                    var partOfPrevious = listsParts && previousEnd >= 0 && (q.Currency is not null || !previousMoney)
                        && (PartOf().IsMatch(text.AsSpan(previousEnd, start - previousEnd)) || PartBefore().IsMatch(text.AsSpan(end)));
                    previousEnd = end;
                    previousMoney = q.Currency is not null;
                    if (unit is null || partOfPrevious || purpose || restated || InDate(s, start, end) || NotGivenBefore(text, clause, start) || Carrier().IsMatch(text.AsSpan(end)) || ArrivingCarrier(text, clause, end, unit) || Vague().IsMatch(text.AsSpan(clause.Start, q.Start)) || NotATransfer().IsMatch(text.AsSpan(end))
                        || (deadly && (Casualties().IsMatch(Before(text, clause, start, 40))
                            || Dead().IsMatch(text.AsSpan(end, clause.End - end))))
                        || (negated && NotDelivered().IsMatch(text.AsSpan(end, clause.End - end)))
                        || ((cue.ValueSpan.StartsWith("offer", StringComparison.OrdinalIgnoreCase) || cue.ValueSpan.StartsWith("pledge", StringComparison.OrdinalIgnoreCase))
                            && OfferRefused().IsMatch(text.AsSpan(end)))
                        || (buying && q.Currency is null && !boughtFor && (BoughtBefore().IsMatch(Before(text, clause, start, 30)) || BoughtAfter().IsMatch(text.AsSpan(end))))
                        || (commercial && q.Currency is null)
                        || (paysFor && PaidForOrInReturn().IsMatch(Before(text, clause, start, 40)))
                        || (debts && Owed(text, clause, cue, start)) || (removing && Removed().IsMatch(Before(text, clause, start, 30))) || (capacity && Capacity().IsMatch(Before(text, clause, start, 40))) || Community(unit) || SentToThird(article, s, clause, end)
                        || PartEnd(text, clause, end) >= tradeEnd)
                    {
                        continue;
                    }

                    // "Moscow kept about 1,500 military advisers in Cuba": keeping stations people; kept money or goods stay
                    // home. A contingent of troops is sent; one of athletes is not aid. What a later part gives is its own
                    // ("posted 120 doctors …, and the government awarded 50 scholarships").
                    if ((cue.Groups["keep"].Success || cue.Groups["group"].Success) && !Personnel().IsMatch(unit) && start < PartEnd(text, clause, cue.Index))
                    {
                        continue;
                    }

                    // "Venezuelan oil worth US$2.5 billion replaced Cuban aid": an amount before the cue that a third
                    // country's name qualifies, in the same phrase, is that country's.
                    var people = PeopleDirection(article, s, q, start);
                    if (people is null && ((start < cue.Index && ThirdCountryQualifies(article, s, clause, start)) || ThirdPeople(article, s, q, start, unit)))
                    {
                        continue;
                    }

                    // "a stadium for 40,000 built by 300 Cuban workers": only the builders a party's demonym names are sent; so
                    // too the people counted, or a group's with no party before it.
                    if ((builder && (start < cue.Index || people is not { Learners: false })) || ((counted || group) && people is not { Learners: false })
                        || (broughtBy && (people is null || start < cue.Index || (!people.Value.Learners && !Personnel().IsMatch(unit)))))
                    {
                        continue;
                    }

                    // "nine Cuban officers began training Angolan recruits": the trainers are sent, not those they train.
                    if (start > cue.Index && cue.Groups["agent"].Success && cue.ValueSpan.EndsWith("ing", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // "1,200 Laotian children … to attend boarding schools in Hungary": attending or enrolling gives only
                    // the learners a party names.
                    if (cue.Groups["learn"].Success && people is not { Learners: true })
                    {
                        continue;
                    }

                    // "Sri Lankan tea sold to Cuba is worth roughly US$3 million a year": the worth of goods sold is trade, not a gift
                    // ("sells Cuba about 300,000 tonnes of rice a year" may be one).
                    // "… had been sent to a coal mine, while Malaysian firms sold palm oil worth some US$5 million a year to the
                    // North": so is a worth whose own part of the clause sells the goods, whatever the clause's cue.
                    if (valued && WorthBefore().IsMatch(Before(text, clause, start, 30))
                        && (cue.Groups["sell"].Success || SoldInPart().IsMatch(Before(text, clause, start, 80))))
                    {
                        continue;
                    }

                    // A purchase transfers its price, buyer to seller ("bought land … for US$10 million"); what is
                    // bought is trade, not a transfer ("Kenya buys 200 megawatts"), and "bought by" names no buyer.
                    // "bought Soviet weapons worth US$19 billion": the value of goods bought is trade, not a price paid over.
                    if (cue.Groups["buy"].Success && ((q.Currency is null && !boughtFor) || PassiveBy().IsMatch(text.AsSpan(cue.Index + cue.Length))
                        || (valued && WorthBefore().IsMatch(Before(text, clause, start, 30)))))
                    {
                        continue;
                    }

                    if ((payer ?? (people is { } p ? (p.Donor, p.Recipient) : ((Country, Country)?)null) ?? QualifiedGiver(article, s, clause, start, unit) ?? parties) is not var (donor, recipient))
                    {
                        continue;
                    }

                    // "3,000 Vietnamese had graduated from …": a name in -ese is also the adjective and the language, so counted
                    // alone it is read as people only where they learn.
                    if (people is not { Learners: true } && char.IsUpper(unit[0]) && unit.EndsWith("ese", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // "5,000 Mozambicans had studied at Soviet universities": people named by their nation alone who learn are students;
                    // "2,000 Angolans were employed in Cuban mills": those employed are workers.
                    var named = !char.IsUpper(unit[0]) || people is not { } who ? unit : who.Learners ? "students" : Employed(text, cue) ? "workers" : unit;
                    var region = DateRegions.At(regions, start);
                    var year = !recurring ? Year(s, region, start, end)
                        : RecurringInPart(text, clause, start, end) ? RateYear(s, clause, start) : OwnYear(s, region, start, end);
                    aid.Add(new AidFact(donor.Name, recipient.Name, year, q.Amount, named, What(text, clause, cue, q), s.Sentence.Source with { Text = clause.Of(text) }));
                    // "120 Iraqi pilots trained in Košice" names its subject by the people, not by the giver: the figures after it
                    // keep the direction this one went.
                    if (setsContext)
                    {
                        context = (donor, recipient);
                    }

                    paragraphUnit = named;
                }
            }

            if (s.Sentence.IsListItem)
            {
                if (listGivers is { } givers && aid.Count == found)
                {
                    aid.AddRange(ListItemAid(s, givers));
                }
            }
            else
            {
                listGivers = ListGivers(article, s, opener) ?? ContinuedGivers(article, s, aid, paragraphStart)
                    ?? PrecedingGivers(article, s, paragraphFirst, index);
            }

            opener = Opener(article, s) ?? opener;
        }

        return aid;
    }

    /// <summary>The up to <paramref name="width"/> characters of the clause before <paramref name="at"/>.</summary>
    private static ReadOnlySpan<char> Before(string text, TextSpan clause, int at, int width)
    {
        var from = Math.Max(clause.Start, at - width);
        return text.AsSpan(from, at - from);
    }

    /// <summary>
    /// The clauses of a sentence, each cut again before ", and", ", but", ", while" or ", when" where a party named as such (or its
    /// city) gives the rest a cue of its own and the part before has one too: "Cuba sent 300 doctors, and Hanoi shipped 5,000 tonnes of rice" is two transfers, "Cuba sent
    /// 300 doctors, and 200 more arrived" one.
    /// </summary>
    private static IReadOnlyList<TextSpan> TransferParts(AnalysedArticle article, AnalysedSentence s)
    {
        // Most sentences join no second subject: their clauses are the parts.
        var text = s.Text;
        var clauses = Clauses.Split(text);
        if (!text.Contains(", and ", StringComparison.Ordinal) && !text.Contains(", but ", StringComparison.Ordinal)
            && !text.Contains(", while ", StringComparison.Ordinal) && !text.Contains(", whereas ", StringComparison.Ordinal)
            && !text.Contains(", when ", StringComparison.Ordinal))
        {
            return clauses;
        }

        var parts = new List<TextSpan>(clauses.Count + 1);
        foreach (var clause in clauses)
        {
            var start = clause.Start;
            for (var comma = text.IndexOf(", ", start, clause.Length - (start - clause.Start), StringComparison.Ordinal); comma >= 0;
                 comma = text.IndexOf(", ", comma + 2, clause.End - comma - 2, StringComparison.Ordinal))
            {
                if (!Conjunction().IsMatch(text.AsSpan(comma + 2, Math.Min(8, clause.End - comma - 2))) || Clauses.InParentheses(text, comma))
                {
                    continue;
                }

                var rest = new TextSpan(comma + 2, clause.End - comma - 2);
                var cue = FindCue(text, rest);
                // "…, and a team of 30 Bulgarian doctors worked at the hospital": so does a figure of people a party's demonym names.
                if (cue.Success && FindCue(text, new TextSpan(start, comma - start)).Success && (CityBefore(article, s, rest.Start, cue.Index) is not null
                    || s.Countries.Any(c => c.Start >= rest.Start && c.Start + c.Length <= cue.Index && (!c.IsDemonym || SentPeople(text, c))
                        && article.Party(c.Country) is not null)))
                {
                    parts.Add(new TextSpan(start, comma - start));
                    start = rest.Start;
                }
            }

            parts.Add(new TextSpan(start, clause.End - start));
        }

        return parts;
    }

    // "30 Bulgarian doctors": a figure right before a name, and people sent to work after it (not "2,000 South Yemeni students").
    private static bool SentPeople(string text, CountryMention c) =>
        c.Start >= 2 && text[c.Start - 1] == ' ' && char.IsAsciiDigit(text[c.Start - 2]) && PersonnelNext().IsMatch(text.AsSpan(c.Start + c.Length));

    // "The minister came to Hanoi in May 1970, when Cuba agreed to send 40 doctors": a clause after ", when" with a party of
    // its own as subject is a transfer of its own.
    [GeneratedRegex(@"^(?:and|but|while|whereas|when)\b")]
    private static partial Regex Conjunction();

    /// <summary>"the interconnector, for which the World Bank lent US$441 million": a body of its own as the subject gives,
    /// not either party; a party's own body ("China's Export-Import Bank lent …", "the Bank of China lent …") is the party.</summary>
    private static bool ThirdPartyLender(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int cue)
    {
        // Most cues follow a lower-case word.
        var text = s.Text;
        var from = Math.Max(clause.Start, cue - 60);
        var space = cue - from < 2 ? -1 : text.LastIndexOf(' ', cue - 2, cue - 1 - from);
        if (space < 0 || !char.IsUpper(text[space + 1]) || ThirdPartyBody().Match(text, from, cue - from) is not { Success: true } body)
        {
            return false;
        }

        // A party named in the body's name, or owning it: "the North Korean Red Cross", "China's Export-Import Bank",
        // "the Bank of China".
        return !s.Countries.Any(c => c.Start >= from && c.Start + c.Length <= cue && article.Party(c.Country) is not null
            && BodyName().IsMatch(text.AsSpan(c.Start + c.Length, cue - c.Start - c.Length)));
    }

    /// <summary>"India reopened its embassy in Kabul …": the party a sentence opens with, its subject, whom an "it" in a
    /// later sentence of the paragraph stands for ("The next year it pledged one million tonnes of wheat").</summary>
    private static Country? Opener(AnalysedArticle article, AnalysedSentence s)
    {
        // "During the Vietnam War Czechoslovakia was …": a war named for a country is no subject.
        var first = s.Countries.FirstOrDefault(c => article.Party(c.Country) is not null && !s.Text.AsSpan(c.Start + c.Length).StartsWith(" War", StringComparison.Ordinal));
        // "The Soviet Union remained …": the article before a name is no adverbial.
        return first is null || first.IsDemonym || (first.Start > 0 && !s.Text.AsSpan(0, first.Start).SequenceEqual("The ") && !LeadingAdverbial().IsMatch(s.Text.AsSpan(0, first.Start)))
            || Possessive().IsMatch(s.Text.AsSpan(first.Start + first.Length))
            ? null
            : article.Party(first.Country);
    }

    // "In 1990, ", "By the end of 1989 ", "During the Vietnam War ": a date or time phrase before a sentence's subject.
    [GeneratedRegex(@"^(?:In|By|On|From|During|After|Later|Then|Since|Between)\b[^,;]{0,40}?(?:\d{4}|year|month|[Ww]ar|,)\s*,?\s+$")]
    private static partial Regex LeadingAdverbial();

    // "it pledged", "it also sent": a pronoun subject right before the cue.
    [GeneratedRegex(@"\b[Ii]t\s+(?:(?:also|then|later|again|further|soon|had|has|have)\s+)?$")]
    private static partial Regex ItBefore();

    /// <summary>"Cuba sent some 15,000 troops to Ethiopia" in an article on Cuba and Yemen: what goes to a third country,
    /// with neither party named after the cue, passes between neither.</summary>
    private static bool ThirdDestination(AnalysedArticle article, AnalysedSentence s, TextSpan clause, Match cue)
    {
        var from = cue.Index + cue.Length;
        Country? third = null;
        foreach (var c in s.Countries)
        {
            if (c.Start < from || c.Start >= clause.End || c.IsDemonym)
            {
                continue;
            }

            if (article.Party(c.Country) is not null)
            {
                return false;
            }

            third ??= s.Text.AsSpan(0, c.Start).EndsWith(" to ", StringComparison.Ordinal) || (c.Start == from + 1 && cue.Groups["arrive"].Success) ? c.Country : null;
        }

        return third is not null && CityAfter(article, s.Text, from, clause.End).Country is null;
    }

    /// <summary>"76 wounded fighters …, who were treated at the Cuban government's expense": whoever pays gives, whatever
    /// the verb or the people's nationality.</summary>
    private static (Country Donor, Country Recipient)? Payer(AnalysedArticle article, AnalysedSentence s, TextSpan clause)
    {
        if (AtExpense().Match(s.Text, clause.Start, clause.Length) is not { Success: true } m)
        {
            return null;
        }

        var payer = s.Countries.FirstOrDefault(c => c.Start >= m.Index && c.Start < m.Index + m.Length && article.Party(c.Country) is not null);
        return payer is null ? null : (article.Party(payer.Country)!, article.Other(article.Party(payer.Country)!));
    }

    // "In August 2007 Egypt donated …": a number inside a date is never an amount.
    private static bool InDate(AnalysedSentence s, int start, int end)
    {
        foreach (var d in s.Dates)
        {
            if (start < d.Start + d.Length && d.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    // "During the visit Romania granted …": the noun "visit" takes no object; the name after it is the subject.
    private static bool ObjectOfVisit(string text, int start) =>
        VisitBefore().IsMatch(text.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)))
        && !VisitNoun().IsMatch(text.AsSpan(Math.Max(0, start - 16), Math.Min(16, start)));

    private static bool IndirectObject(string text, CountryMention party, int cue) =>
        GivingVerbBefore().IsMatch(text.AsSpan(Math.Max(0, party.Start - 12), Math.Min(12, party.Start)))
        && ObjectArticle().IsMatch(text.AsSpan(party.Start + party.Length, cue - party.Start - party.Length));

    // "to visit China", "visiting Mongolia", "a tour of Cuba", "visited the Soviet Union", "paid a state visit to the Soviet Union".
    [GeneratedRegex(@"\b(?:visit|visits|visited|visiting|toured|tour\s+of|visits?\s+to|trip\s+to|journey\s+to)\s+(?:the\s+)?$")]
    private static partial Regex VisitBefore();

    // "During the visit ", "his visit ": the noun, which names no place.
    [GeneratedRegex(@"\b(?:the|a|an|his|her|its|their|this|that|each)\s+visits?\s+$")]
    private static partial Regex VisitNoun();

    // Verbs that take the receiver before what they make of it: "made Cambodia a gift", "promised Laos a loan".
    [GeneratedRegex(@"\b(?:made|makes|make|promised|promises|promise|allotted|allocated|guaranteed)\s+$")]
    private static partial Regex GivingVerbBefore();

    // "an outright ", "a further ", "its first ".
    [GeneratedRegex(@"^\s+(?:an?|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,3}$")]
    private static partial Regex ObjectArticle();

    private static bool ObjectOfPreposition(string text, int start) =>
        text.AsSpan(0, start).EndsWith(" to ", StringComparison.Ordinal) || text.AsSpan(0, start).EndsWith(" for ", StringComparison.Ordinal);

    // The party whose demonym follows "for" right after a noun cue: "scholarships for Beninese students".
    private static Country? ForPeople(AnalysedArticle article, AnalysedSentence s, int cueEnd)
    {
        var text = s.Text;
        if (!text.AsSpan(cueEnd).StartsWith(" for ", StringComparison.Ordinal))
        {
            return null;
        }

        var at = cueEnd + 5;
        at += text.AsSpan(at).StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
        var people = s.Countries.FirstOrDefault(c => c.Start == at && c.IsDemonym);
        return people is null ? null : article.Party(people.Country);
    }

    /// <summary>"Cuban military advisers also served with the Mozambican army; their number is usually put at about 700 in
    /// 1986": a bare figure after "their number" counts the people the sentence named before, if it named any.</summary>
    private static string? TalliedPeople(string text, TextSpan clause) =>
        clause.Start > 0 && LastPeople().Match(text, 0, clause.Start) is { Success: true } people ? people.Groups["unit"].Value : null;

    // "their number", "whose numbers": the people just named.
    [GeneratedRegex(@"\b(?:[Tt]heir|[Ww]hose)\s+$")]
    private static partial Regex TallyOwner();

    /// <summary>The unit of a bare first figure that a count changes from ("Scholarships … rose from 15 in 1978 to 25 in 1979").</summary>
    private static string? CountedSubject(string text, TextSpan clause, int start)
    {
        if (!text.AsSpan(clause.Start, start - clause.Start).EndsWith("from ", StringComparison.Ordinal)
            || CountSubject().Match(text, clause.Start, start - clause.Start) is not { Success: true } m)
        {
            return null;
        }

        return m.Groups["unit"].Value.ToLowerInvariant();
    }

    /// <summary>"granted a growing number of fellowships (1980: 25; 1981: 30)": the first bare figure of a year-labelled series
    /// in brackets counts what the clause's "number of" before the bracket names.</summary>
    private static string? SeriesOfNumber(string text, TextSpan clause, int start)
    {
        // Most bare figures have no year label before them.
        var before = text.AsSpan(clause.Start, start - clause.Start).TrimEnd();
        if (!before.EndsWith(':'))
        {
            return null;
        }

        var open = before.LastIndexOf('(');
        return open > 0 && NumberOfBeforeBracket().Match(text, clause.Start, open + 1) is { Success: true } m ? m.Groups["unit"].Value : null;
    }

    // "a rising number of university scholarships to Lao students (": the noun "number of" counts, up to the bracket.
    [GeneratedRegex(@"\bnumbers?\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?<unit>\p{Ll}{3,}s)\b[^()\d;]*\($")]
    private static partial Regex NumberOfBeforeBracket();

    // The country named last before the amount, at most a few words before it with no comma between, is a third country.
    private static bool ThirdCountryQualifies(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int start)
    {
        var owner = s.Countries.LastOrDefault(c => c.Start >= clause.Start && c.Start + c.Length <= start);
        if (owner is null || article.Party(owner.Country) is not null)
        {
            return false;
        }

        var between = s.Text.AsSpan(owner.Start + owner.Length, start - owner.Start - owner.Length);
        return between.Length <= 30 && !between.Contains(',');
    }

    // The end of the comma-separated part an amount stands in: "trade turnover reached 8.8 billion rubles" after an aid
    // figure and a comma does not make the aid figure a trade volume.
    private static int PartEnd(string text, TextSpan clause, int from)
    {
        var comma = text.IndexOf(',', from, clause.End - from);
        return comma < 0 ? clause.End : comma;
    }

    /// <summary>The parties of a transfer; its subject is sought from <paramref name="subjectFrom"/> (after a leading
    /// subordinate clause) up to the cue.</summary>
    private static (Country Donor, Country Recipient)? Parties(AnalysedArticle article, AnalysedSentence s, TextSpan clause, int subjectFrom, Match cue)
    {
        // "Cuban doctors have been a mainstay of the Namibian health system since 1992, when the first brigade … arrived in
        // Windhoek": a clause after ", when" has its subject in it.
        var when = s.Text.AsSpan(subjectFrom, cue.Index - subjectFrom).LastIndexOf(", when ", StringComparison.Ordinal);
        subjectFrom += when < 0 ? 0 : when + 7;
        var noun = NounCue().IsMatch(cue.ValueSpan);
        // "the Ghanaian minister came home with a loan of …": a traveller who comes home with aid receives it.
        var cameHome = noun && CameHomeWith(s.Text, clause, cue.Index);
        var receiving = cue.Groups["receive"].Success || cameHome;
        // "the Soviet Union replaced Egypt's lost aircraft and sent …": a possessor is not the subject, unless what it
        // owns is a named body ("China's Export-Import Bank lent …").
        // "India was the largest donor to Afghanistan, committing …": nor is the object of "to" or "for", nor the place the
        // subject is in ("Ho spent a week in Cuba and announced a credit").
        // "the first head of state to visit China after the outbreak, … pledging a gift of 30,000 sheep": nor is the place
        // visited; the visitor comes from the other party.
        var before = s.Countries.LastOrDefault(c => c.Start >= subjectFrom && c.Start + c.Length <= cue.Index && article.Party(c.Country) is not null
            && (!Possessive().IsMatch(s.Text.AsSpan(c.Start + c.Length)) || OwnBody().IsMatch(s.Text.AsSpan(c.Start + c.Length, cue.Index - c.Start - c.Length)))
            && (c.IsDemonym || (!ObjectOfPreposition(s.Text, c.Start) && !ObjectOfVisit(s.Text, c.Start) && !PlaceIn(s.Text, c.Start))));
        // "North Korea condemned the bombing of Yugoslavia, and in May it sent …": "it" right before the cue is the subject,
        // and stands for the party the sentence opens with, not for one named since.
        if (before is not null && ItBefore().IsMatch(Before(s.Text, clause, cue.Index, 40)))
        {
            before = Opener(article, s) is { } opening ? s.Countries.FirstOrDefault(c => c.Start <= before.Start && article.Party(c.Country) == opening) : null;
        }

        // "began to offer university places to young Ghanaians: 40 scholarships were granted": people named as those given to
        // receive.
        if (!receiving && before is { IsDemonym: true } && PeopleGivenTo(article, s, before) is { } offered)
        {
            return (article.Other(offered), offered);
        }

        var visited = before is null
            ? s.Countries.LastOrDefault(c => c.Start >= subjectFrom && c.Start < cue.Index && !c.IsDemonym && article.Party(c.Country) is not null && ObjectOfVisit(s.Text, c.Start))
            : null;

        // "the USSR made Cambodia an outright gift of 20 million roubles": the party between a verb and the noun cue
        // it makes is the one given to.
        if (noun && before is { IsDemonym: false } && IndirectObject(s.Text, before, cue.Index))
        {
            var giver = s.Countries.LastOrDefault(c => c.Start >= subjectFrom && c.Start < before.Start && !c.IsDemonym);
            var recipient = article.Party(before.Country)!;
            return giver is not null && article.Party(giver.Country) != article.Other(recipient) ? null : (article.Other(recipient), recipient);
        }


        // "Poland helped rebuild the Vietnamese economy with a credit": a demonym that does not qualify the noun cue
        // itself ("Vietnamese aid") qualifies the object; the party named before it is the subject.
        if (noun && before is { IsDemonym: true } && Preposition().IsMatch(s.Text.AsSpan(before.Start + before.Length, cue.Index - before.Start - before.Length))
            && s.Countries.LastOrDefault(c => c.Start >= subjectFrom && c.Start < before.Start && !c.IsDemonym && article.Party(c.Country) is { } named
                && named != article.Party(before.Country)) is { } name)
        {
            before = name;
        }
        // "… some 1,500 Soviet military advisers": a name that is also a demonym, before a noun, qualifies it and receives nothing;
        // before a noun of aid it names the giver ("received US$54 million in Soviet assistance"). "arms captured in the Korean
        // War": nor does a war named for a party.
        var after = s.Countries.FirstOrDefault(c => c.Start >= cue.Index + cue.Length && c.Start < clause.End && !c.IsDemonym && article.Party(c.Country) is not null
            && (!article.Gazetteer.UsedAsAdjective(s.Text, c) || NounCue().IsMatch(NextWord(s.Text, c.Start + c.Length + 1)))
            && !WarName(s.Text, c));
        // "Moscow extended a credit", "Castro …, and Moscow kept …": a party's capital or city just before the cue is its subject.
        var subject = CityBefore(article, s, subjectFrom, cue.Index) ?? before?.Country;
        // "Phạm Văn Đồng paid a state visit to Iraq …, and Baghdad agreed to supply …": not a person of an earlier clause.
        if (subject is null && s.People.LastOrDefault(p => p.Start >= subjectFrom && p.Start < cue.Index) is { } person
            && !NextClauseBetween(s.Text, person.Start, cue.Index)
            && article.PersonCountries.GetValueOrDefault(article.People.PersonOf(person)) is { } own)
        {
            subject = own;
        }

        // "paid a state visit to Bulgaria … and left with a credit", "visited Bulgaria and came home with a credit": the host
        // gives what the visitor takes home (the place visited is named before the cue, but is not its subject).
        if (TakenHome(article, s, subjectFrom, cue.Index) is { } visitedHost)
        {
            return (visitedHost, article.Other(visitedHost));
        }

        // "Mensah led a delegation to Moscow; he came home with a credit": with no party as subject, the place the traveller
        // went to gives.
        if (subject is null && cameHome && PlaceWentTo(article, s, cue.Index) is { } gone)
        {
            return (gone, article.Other(gone));
        }

        // "… paid an official visit to Libya, and Tripoli agreed to supply …": not the place of an earlier clause's visit.
        if (subject is null && visited is not null && !NextClauseBetween(s.Text, visited.Start, cue.Index))
        {
            subject = article.Other(article.Party(visited.Country)!);
        }

        // "Khrushchev and Bulganin stayed in Kabul … and announced a credit": visitors to a party's city come from the other
        // with what they announce ("toured Havana and shipped home 9,000 souvenirs" gives nothing).
        if (subject is null && noun && after is null && (HostCity(article, s.Text, subjectFrom, cue.Index) ?? HostCountry(article, s, subjectFrom, cue.Index)) is { } host)
        {
            subject = article.Other(host);
        }

        // "A brigade arrived in Luanda": with no subject, a party's city stands for the party ("Castro pledged 300 doctors
        // at a rally in Havana": a city of the subject's own country is where, not to whom). "came to Cairo": the cue's
        // own "to" leads to the place.
        var text = s.Text;
        var first = article.Party(subject);
        // "In 1961 it also offered 150 scholarships to Iraqi students, many of whom enrolled … in Prague": with no subject, the
        // people or body a party's demonym names as those given to receive, wherever they go afterwards.
        var (afterCountry, afterStart) = after is not null ? (after.Country, after.Start)
            : first is null && GivenToAfter(article, s, cue.Index + cue.Length, clause.End) is { } given ? (given.Country, given.Start)
            : first is null ? CityAfter(article, text, cue.ValueSpan.EndsWith(" to", StringComparison.Ordinal) ? cue.Index + cue.Length - 2 : cue.Index + cue.Length, clause.End)
            : (null, clause.End);
        var second = article.Party(afterCountry);

        // "a US$3 billion loan from the China Development Bank", "a loan … from the Export-Import Bank of China": a loan or
        // grant from a party, or from a body named for it, is that party's.
        if (noun && !receiving && after is not null && FromBody().IsMatch(text.AsSpan(cue.Index + cue.Length, afterStart - cue.Index - cue.Length)))
        {
            return (second!, article.Other(second!));
        }

        // "Scholarships for Beninese students in North Korea": with no subject, the people a noun cue is for receive it.
        if (first is null && noun && !receiving && ForPeople(article, s, cue.Index + cue.Length) is { } beneficiary)
        {
            return (article.Other(beneficiary), beneficiary);
        }

        if (first is null && second is null)
        {
            // "Daoud accepted a Soviet arms package": what is received is the giver's; so is what is given ("A 1985 accord
            // provided a Bulgarian loan of …").
            if (ObjectDemonym(article, s, cue.Index + cue.Length, clause.End) is { } giver)
            {
                return (giver, article.Other(giver));
            }

            if (PurposeRecipient(article, s, cue.Index + cue.Length, clause.End) is { } helped)
            {
                return (article.Other(helped), helped);
            }

            return subjectFrom > clause.Start ? StruckParty(article, s, clause.Start, subjectFrom, cue.Index) : null;
        }

        // "A medical brigade arrived from Havana", "a mill built by Cuba": with no subject, the place it came from or the
        // agent of a passive gives.
        if (first is null && !receiving && FromBefore().IsMatch(text.AsSpan(cue.Index + cue.Length, afterStart - cue.Index - cue.Length)))
        {
            return (second!, article.Other(second!));
        }

        if (first is null && cue.Groups["agent"].Success)
        {
            return null;
        }

        first ??= article.Other(second!);
        second ??= article.Other(first);
        if (first == second)
        {
            // "A Lao delegation spent a week in Warsaw, and the accord it signed there gave Laos a credit of …": a party named
            // before ", and" is the earlier clause's; the one right after a verb of giving is the one given to.
            if (!receiving && before is not null && afterStart == cue.Index + cue.Length + 1 && !noun && NextClauseBetween(text, before.Start, cue.Index))
            {
                return (article.Other(second), second);
            }

            // "Nicaragua approved 20 million córdobas in relief, and Nicaragua shipped …": the party after ", and" is the
            // subject of the next clause, not the recipient; so is the place of a contrast after ", while" ("Havana had posted 90
            // nurses to the provinces, while 60 Ghanaian students trained in Cuba").
            if (!NextClauseBetween(text, cue.Index, afterStart))
            {
                return null;
            }

            second = article.Other(first);
        }

        return receiving ? (second, first) : (first, second);
    }

    // ", and ", ", while ", ", whereas ": the start of a clause of its own between the cue and a party.
    private static bool NextClauseBetween(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        return span.Contains(", and ", StringComparison.Ordinal) || span.Contains(", while ", StringComparison.Ordinal)
            || span.Contains(", whereas ", StringComparison.Ordinal);
    }

    // "the Vietnam War": a country's name that names a war.
    private static bool WarName(string text, CountryMention c) => text.AsSpan(c.Start + c.Length).StartsWith(" War", StringComparison.Ordinal);

    /// <summary>"When an earthquake struck southern Chile in 1960, the government flew in …": with no party in the main
    /// clause, the party a disaster struck in the leading clause receives from the other; a subject with a name of its own
    /// ("the Red Cross flew in …") is a third party.</summary>
    private static (Country Donor, Country Recipient)? StruckParty(AnalysedArticle article, AnalysedSentence s, int from, int lead, int cue)
    {
        if (s.Text.AsSpan(lead, cue - lead).IndexOfAnyInRange('A', 'Z') >= 0 || Struck().Match(s.Text, from, lead - from) is not { Success: true } struck)
        {
            return null;
        }

        var hit = s.Countries.FirstOrDefault(c => c.Start >= struck.Index && c.Start < lead && article.Party(c.Country) is not null);
        return hit is null ? null : (article.Other(article.Party(hit.Country)!), article.Party(hit.Country)!);
    }

    /// <summary>The start of the main clause after a leading subordinate one ("After Mexico cut its deliveries, …",
    /// "When famine struck …, "), else the clause's start.</summary>
    private static int LeadEnd(string text, TextSpan clause)
    {
        var space = text.IndexOf(' ', clause.Start, clause.Length);
        if (space < 0 || !Subordinators.Contains(text.AsSpan(clause.Start, space - clause.Start)))
        {
            return clause.Start;
        }

        // "When the ship returned … it carried 76 fighters, who were treated …": a relative clause after the comma is no main clause.
        var comma = text.IndexOf(',', space, clause.End - space);
        return comma < 0 || Clauses.InParentheses(text, comma) || RelativeAfter().IsMatch(text.AsSpan(comma + 1)) ? clause.Start : comma + 1;
    }

    [GeneratedRegex(@"^\s+(?:who|whom|whose|which)\b")]
    private static partial Regex RelativeAfter();

    // "…; when he arrived on 30 May, the hosts received him, and …": a clause after a semicolon may open with one too.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators =
        new HashSet<string>(["After", "When", "Once", "As", "Although", "Though", "While", "Since", "Because", "Before", "Until", "If", "Following", "Amid"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // The city named just before the cue, as its subject ("Beijing granted", "Moscow also extended"); not part of a person's name.
    private static Country? CityBefore(AnalysedArticle article, AnalysedSentence s, int from, int cue)
    {
        // Most cues follow a lower-case word: no regex for them.
        var text = s.Text;
        var i = cue - 1;
        while (i >= from && text[i] == ' ')
        {
            i--;
        }

        var wordEnd = i + 1;
        while (i >= from && char.IsLetter(text[i]))
        {
            i--;
        }

        if (wordEnd == i + 1 || (char.IsLower(text[i + 1]) && !SubjectLinks.Contains(text.AsSpan(i + 1, wordEnd - i - 1)) && text.AsSpan(i + 1, wordEnd - i - 1) is not ("and" or "to")))
        {
            return null;
        }

        var start = Math.Max(from, cue - 60);
        var m = SubjectCity().Match(s.Text, start, cue - start);
        if (!m.Success || s.People.Any(p => p.Start <= m.Index + m.Length && m.Index <= p.Start + p.Length))
        {
            return null;
        }

        // "Then Moscow": the run's last words may be the city.
        var run = m.Groups["city"].ValueSpan;
        while (true)
        {
            if (article.Gazetteer.FindByCity(run) is { } city)
            {
                return city;
            }

            var space = run.IndexOf(' ');
            if (space < 0)
            {
                return null;
            }

            run = run[(space + 1)..];
        }
    }

    // The first city after the cue that something goes to, from or in: "to Pinar del Río", "from Havana".
    private static (Country? Country, int Start) CityAfter(AnalysedArticle article, string text, int from, int end)
    {
        foreach (var m in PlaceAfter().EnumerateMatches(text.AsSpan(from, end - from)))
        {
            var place = text.AsSpan(from + m.Index, m.Length);
            var name = place[(place.IndexOf(' ') + 1)..];
            if (article.Gazetteer.FindByCity(name) is { } city)
            {
                return (city, from + m.Index + (m.Length - name.Length));
            }
        }

        return (null, end);
    }

    /// <summary>"1,200 Cuban doctors", "2,000 Vietnamese students": a party's demonym on people gives the direction —
    /// those who study are educated for their own country, the others serve the other party.</summary>
    private static (Country Donor, Country Recipient, bool Learners)? PeopleDirection(AnalysedArticle article, AnalysedSentence s, Quantity q, int start)
    {
        // "an interest-free loan of 500 million Malian francs": a sum of money counts no people, and a demonym in it names
        // its currency, not a giver.
        if (q.Currency is not null)
        {
            return null;
        }

        var end = start + q.Length;
        // "500 Soviet advisers": a name used as a demonym qualifies people as well.
        var demonym = s.Countries.FirstOrDefault(c => c.Start >= start && c.Start < end);
        var party = demonym is null ? null : article.Party(demonym.Country);
        if (demonym is null && (party = ShortDemonym(article, q.Text)) is null)
        {
            return SchoolOwner(article, s, end);
        }

        if (party is null)
        {
            return null;
        }

        var other = article.Other(party);
        return Learn(s.Text, q, start, end) ? (other, party, true) : (party, other, false);
    }

    /// <summary>"alongside some 600 Cubans", "300 Cuban advisers" in an article on two other countries: people a third country's
    /// name qualifies are that country's, sent by neither party.</summary>
    private static bool ThirdPeople(AnalysedArticle article, AnalysedSentence s, Quantity q, int start, string unit) =>
        q.Currency is null && (Personnel().IsMatch(unit) || Learners().IsMatch(unit) || char.IsUpper(unit[0]))
        && s.Countries.Any(c => c.Start >= start && c.Start < start + q.Length && article.Party(c.Country) is null);

    /// <summary>"1,500 fighters passed through Soviet courses", "300 students trained at Cuban academies": learners a
    /// party's schools teach come from the other party.</summary>
    private static (Country Donor, Country Recipient, bool Learners)? SchoolOwner(AnalysedArticle article, AnalysedSentence s, int end)
    {
        var text = s.Text;
        var comma = text.IndexOfAny([',', ';'], end);
        var to = Math.Min(comma < 0 ? text.Length : comma, end + 80);
        if (LearningAfter().Match(text, end, to - end) is not { Success: true } learning)
        {
            return null;
        }

        // "trained at Cuban academies", "trained at camps in Cuba".
        var from = learning.Index + learning.Length;
        var school = s.Countries.FirstOrDefault(c => c.Start >= from && c.Start <= from + 24 && article.Party(c.Country) is not null
            && SchoolPlace().IsMatch(text.AsSpan(from, c.Start - from)));
        return school is null ? null : (article.Party(school.Country)!, article.Other(article.Party(school.Country)!), true);
    }

    /// <summary>Students, and people who learn: "400 Laotian officers went to Hungary for training", "60 Laotian officials
    /// attended courses in Hungary", "200 Laotian pilots trained at Hungarian schools" (not "… went to Laos to train its army").</summary>
    private static bool Learn(string text, Quantity q, int start, int end)
    {
        // "funded the training of 40 Vietnamese doctors": people trained are learners whatever their trade.
        if (Learners().IsMatch(q.Unit) || LearningBefore().IsMatch(text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start))))
        {
            return true;
        }

        var comma = text.IndexOfAny([',', ';'], end);
        var to = Math.Min(comma < 0 ? text.Length : comma, end + 80);
        return LearningAfter().IsMatch(text.AsSpan(end, to - end));
    }

    /// <summary>"were employed", "hired", "worked", "were sent to work": a cue that counts people at work.</summary>
    private static bool Employed(string text, Match cue) =>
        cue.ValueSpan.StartsWith("employ", StringComparison.OrdinalIgnoreCase) || cue.ValueSpan.StartsWith("hire", StringComparison.OrdinalIgnoreCase)
        || cue.ValueSpan.StartsWith("work", StringComparison.OrdinalIgnoreCase) || text.AsSpan(cue.Index + cue.Length).StartsWith(" to work ", StringComparison.Ordinal);

    private static string What(string text, TextSpan clause, Match cue, Quantity q)
    {
        // "provided substantial economic and military aid to …" → "substantial economic and military aid"
        var afterCue = cue.Index + cue.Length;
        var objectEnd = text.IndexOfAny(['(', ',', ';'], afterCue);
        var toIndex = text.IndexOf(" to ", afterCue, StringComparison.Ordinal);
        var end = new[] { objectEnd < 0 ? clause.End : objectEnd, toIndex < 0 ? clause.End : toIndex, clause.End }.Min();
        var phrase = end > afterCue ? text[afterCue..end].Trim() : string.Empty;
        if (phrase.Length is > 3 and < 120 && AidNoun().IsMatch(phrase) && !phrase.Any(char.IsAsciiDigit))
        {
            return phrase;
        }

        return q.Text.Trim();
    }

    /// <summary>
    /// "signed an economic aid agreement under which China granted Cambodia 800 million riels": after a noun cue, a verb
    /// cue with a party right before it as its subject says who gives.
    /// </summary>
    private static Match VerbWithItsSubject(AnalysedArticle article, AnalysedSentence s, TextSpan clause, Match cue)
    {
        if (!cue.Success || !NounCue().IsMatch(cue.ValueSpan))
        {
            return cue;
        }

        // The party first, then the word after it: most clauses name no party after their noun cue, and few of those
        // that do have a cue word right after it.
        var text = s.Text;
        foreach (var c in s.Countries)
        {
            var end = c.Start + c.Length;
            if (c.Start < cue.Index + cue.Length || end >= clause.End || c.IsDemonym || text[end] != ' ' || article.Party(c.Country) is null)
            {
                continue;
            }

            var wordEnd = end + 1;
            while (wordEnd < clause.End && IsCueWordChar(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd > end + 1 && CueWordLookup.Contains(text.AsSpan(end + 1, wordEnd - end - 1))
                && Cue().Match(text, end + 1, clause.End - end - 1) is { Success: true } next && next.Index == end + 1 && !NounCue().IsMatch(next.ValueSpan))
            {
                return next;
            }
        }

        return cue;
    }

    [GeneratedRegex(@"^(?:aid|assistance|donations?|loans?|credits?|subsid(?:y|ies)|scholarships?|delivery|deliveries|gifts?|airlifts?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounCue();

    /// <summary>
    /// The first <see cref="Cue"/> of the clause, exactly as <c>Cue().Match(text, clause.Start, clause.Length)</c> finds it.
    /// Most clauses have no cue: their words are looked up in <see cref="CueWords"/> first, and the regex runs only
    /// from the first word that could start one (a word with a non-ASCII letter always could), so it reports the same match.
    /// </summary>
    private static Match FindCue(string text, TextSpan clause)
    {
        var end = clause.End;
        var i = clause.Start;
        while (i < end)
        {
            while (i < end && !IsCueWordChar(text[i]))
            {
                i++;
            }

            var start = i;
            var ascii = true;
            while (i < end && IsCueWordChar(text[i]))
            {
                ascii &= text[i] < 128;
                i++;
            }

            if (i > start && (!ascii || CueWordLookup.Contains(text.AsSpan(start, i - start))))
            {
                // "officers were training the army", "engineers were at work in Ghana" (not "went for training",
                // "began work"): these two words are cues only after a form of "be".
                // "40 Cuban literacy advisers helped …", "15 Cuban surveyors spent two years …" (not "China helped Laos build …",
                // "China spent US$5 million"): a cue only right after people. "the first 8 Polish experts in mining reached
                // Tete" (not "trade reached US$5 million"): arriving only for people counted in the clause's own phrase.
                // "undertook to train 80 Lao officers": training only as an infinitive.
                var m = Cue().Match(text, start, end - start);
                if ((!m.Groups["progressive"].Success || Progressive().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start)))
                    && (!m.Groups["helper"].Success || Personnel().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start).TrimEnd()))
                    && (!m.Groups["arrive"].Success || PeopleArriving().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start)))
                    && (!m.Groups["toTrain"].Success || text.AsSpan(clause.Start, m.Index - clause.Start).EndsWith(" to ", StringComparison.Ordinal))
                    && (!m.Groups["tally"].Success || TallyOwner().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start)) || NumberOf(text, clause, m)))
                {
                    return m;
                }

                i = m.Index + m.Length;
            }
        }

        return Match.Empty;
    }

    // ASCII word characters as \w has them; every non-ASCII character is kept in the word, which makes it a candidate.
    private static bool IsCueWordChar(char c) => c >= 128 || char.IsAsciiLetterOrDigit(c) || c == '_';

    // The words of Cue, one per alternative ("for" stands for "for free").
    private static readonly HashSet<string> CueWords = new(
        [
            "accepted", "admitted", "passed", "built", "erected", "constructed", "advisory", "aid", "airlift", "airlifts", "airlifted", "arrived", "assistance", "contingent", "contingents", "gift", "gifted", "gifts", "handed", "donate", "attend", "attended", "attending", "enrolled", "enrolling", "unloaded", "brought", "brings", "assigned", "began", "started", "teaching", "taught", "bought", "buy", "buys", "came", "committed", "contributed", "credit",
            "credits", "delivered", "deliveries", "delivers", "delivery", "deployed", "dispatched", "dispatch", "dispatching", "donated", "donates", "donation",
            "donations", "educated", "exported", "keeps", "kept", "maintained", "maintains", "posted", "exports", "extended", "flew", "flown", "flying", "for", "gave",
            "give", "gives", "got", "grant", "granted", "grants", "imported", "imports", "lend", "lends",
            "lent", "loan", "loaned", "loans", "remitted", "remits", "obtained", "offered", "offers", "paid", "pays", "pay", "extend", "approved", "approves", "approve", "repatriated", "repatriates", "pledged",
            "pledges", "provide", "provided", "provides", "purchased", "purchases", "received", "receives", "receiving", "returned", "scholarship", "scholarships",
            "seconded", "sells", "send", "sends", "sent", "served", "serving", "shipped", "sold", "stationed", "supply", "graduated",
            "employed", "hired", "hires", "hire", "awarded", "awards", "treated", "carried", "wrote", "writes", "write", "written",
            "studied", "study", "studying", "subsidies", "subsidy", "supplied", "supplies", "took", "trained", "transferred",
            "transfers", "forgave", "forgives", "forgiven", "cancelled", "canceled", "waived", "worked", "working", "shipping", "training", "work", "there", "brigade", "brigades", "helped", "assisted", "spent", "presented",
            "numbered", "numbering", "number", "numbers", "reached", "train", "educate", "completed", "reciprocated", "staffed", "ran", "run",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueWordLookup = CueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs and nouns of giving ("presented 300 horses to …", "authorised the dispatch of 40 tanks"), awarding, treating patients, sending people and paying or remitting money ("admitted that" is
    // a verb of saying), writing off, forgiving or cancelling debts, employing people, unloading and bringing
    // goods, assigning, teaching and starting work abroad (these only with a party as their subject: "the war brought
    // 300,000 refugees" gives nothing); "received"/"imported"
    // turn donor and recipient round;
    // a purchase ("bought") counts for its price only; "paid a state visit", "paid tribute" pay nothing; "kept 1,500
    // advisers in Cuba", "posted 120 doctors", "posted twelve researchers", "teams were posted to Ghana" station people; a party's contingent or advisory
    // group is sent to the other; "began training" sends the trainers; "passed through Soviet courses" is learning, and so is
    // "undertook to train 80 Lao officers" (the infinitive with a figure only: "a train carrying …", "agreed to train the army
    // and sent 50 instructors" are none).
    // "the port served as a rear base": serving as a thing is a role, not service abroad.
    // "flew 40 tonnes of medicines to Cairo", "flew a field hospital with 40 surgeons to Damascus" send goods and people (not
    // "flew about 200 people … out of Kabul"); "35 doctors ran the wards", "staffed" are people at work.
    // "a further 45 Angolans began courses in Pyongyang", "3,000 Vietnamese had completed studies or vocational training in
    // Romania" are learning; "Romania reciprocated in September 2021 with 100,800 doses" gives in return.
    // "Castro received them at the palace": receiving people is hosting them; "300 mechanics received practical training in
    // Soviet plants" is learning. "the accord it brought home gave Laos a credit": bringing home is no delivery by the subject.
    [GeneratedRegex(@"\b(?:(?<receive>received(?!\s+(?:(?:him|them)\b|(?:\p{Ll}+\s+)?training\b))|receives|receiving|imported|imports|accepted|obtained|got|took in)|(?<buy>bought|buys|buy|purchased|purchases)|sent|sends|send|provided|provides|provide|gave|give|gives|presented|donated|donates|supplied|supplies|supply|delivered|delivers|granted|grants|offered|offers|pledged|pledges|committed|loaned|lent|shipped|dispatched|dispatch|dispatching|airlifted|airlifts?|exported|exports|(?<sell>sold|sells)|(?:paid|pays|pay)(?!\s+(?:\S+\s+){0,3}?(?:visits?|tribute|homage|respects|attention|heed|court|calls?)\b)|extend|approved|approves|approve|repatriated|repatriates|trained|educated|graduated|(?:served|serving)(?!\s+as\s+(?:an?|the)\s)|deployed|stationed|employed|hired|hires|hire|awarded|awards|treated|carried|(?:wrote|writes|write|written)\s+off|forgave|forgives|forgiven|(?:cancell?ed|waived)(?=\s+(?:\S+\s+){0,3}?debts?\b)|contributed|extended|arrived|came to|donate|reciprocated(?=[^,;.]{0,40}?\swith\s)|(?<learn>received\s+(?:\p{Ll}+\s+)?training|(?:began|started)\s+(?:[\p{Ll}-]+\s+){1,2}training(?=\s+(?:in|at)\s)|(?:began|started)\s+(?:(?:their|university)\s+)?(?:courses|studies)|completed\s+(?:their\s+)?(?:studies|courses|training)|attend|attended|attending|enrolled|enrolling|passed through|(?<toTrain>(?:train|educate)(?=\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|up\s+to|another)\s+)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))))|(?<agent>unloaded|brought(?!\s+(?:home|back)\b)|brings|assigned|(?:began|started)\s+(?:work|training|teaching)|teaching|taught|(?<progressive>training))|studied|study|studying|lend|lends|remitted|remits|transferred|transfers|seconded|gifts?|gifted|handed(?:\s+over)?|(?<group>contingents?|brigades?|advisory (?:group|mission))|shipping(?=\s+(?:(?:some|about|around|roughly|nearly|almost|over|more than|another|a further)\s+)?\d)|flew(?=\s+(?:an?\s+(?:[\p{L}-]+\s+){1,2}with\s+)?(?:(?:some|about|around|roughly|nearly|almost|over|more than|another|a further)\s+)?\d[^;.]*?\bto\b)|(?<keep>there\s+(?:were|are|was)(?=\s+(?:\S+\s+){0,2}\d))|(?<progressive>work)|(?<builder>(?:built|erected|constructed)\s+(?:by|with\s+the\s+(?:help|assistance)\s+of))|(?<counted>(?<helper>helped|assisted|spent)|numbered|numbering)|(?<tally>numbers?)|(?<keep>kept|keeps|maintained|maintains)(?=\s+(?:\S+\s+){0,2}\d)|(?<keep>posted)(?=\s+(?:\S+\s+){0,2}(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))|(?<keep>posted(?=\s+(?:to|in|at)\s))|delivery|deliveries|admitted(?!\s+that\b)|worked|working|staffed|(?:ran|run)(?=\s+(?:the|a|an|its|their)\s)|returned(?!\s+(?:home|the\s+(?:visit|courtesy))\b)|flying in|flew in|flown in|(?<arrive>reached)|aid|assistance|donations?|grants?|loans?|credits?|subsid(?:y|ies)|scholarships?|for free)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:were|was|are|is|been)\s+(?:at\s+)?$")]
    private static partial Regex Progressive();

    // What lies between "trained at" and the country whose schools teach: nothing, or "camps in ".
    [GeneratedRegex(@"^\s?(?:(?:\p{Ll}+\s+){1,2}in\s+)?$")]
    private static partial Regex SchoolPlace();

    // "… and undertook to buy one million tonnes of Cuban sugar": goods bought, whatever the clause's cue, are trade.
    [GeneratedRegex(@"\b(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing))\s+(?:(?:some|about|around|over|nearly|more than|up to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoughtBefore();

    // "unloaded 300 tractors bought under the trade agreement": goods the amount's own phrase calls bought are trade.
    [GeneratedRegex(@"^\s+(?:bought|purchased)\b")]
    private static partial Regex BoughtAfter();

    // "on commercial terms", "largely on a commercial basis".
    [GeneratedRegex(@"\bon\s+(?:a\s+)?(?:\p{Ll}+\s+)?commercial\s+(?:terms|basis|conditions)\b")]
    private static partial Regex CommercialTerms();

    // "six Indians and 129 Afghans lost their lives": the dead of the phrase.
    [GeneratedRegex(@"^[^,;]{0,40}?\b(?:lost their lives|died|perished|were killed)\b")]
    private static partial Regex Dead();

    // "Scholarships for Beninese students rose from ", "The number of Ghanaian students on Soviet scholarships went from ":
    // what a count that changes from one figure to another counts is the head noun of the clause's subject.
    [GeneratedRegex(@"^(?:the\s+number\s+of\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?<unit>\p{L}+s)\b[^,;]*?\s(?:rose|grew|went|increased|fell|dropped|declined)\s+from\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountSubject();

    /// <summary>"three Cuban freighters docked at Haiphong in May with 9,000 tonnes of sugar": aircraft or ships that arrive with
    /// a load carry it; the load is the figure, not they.</summary>
    private static bool ArrivingCarrier(string text, TextSpan clause, int end, string unit)
    {
        foreach (var vehicle in Vehicles)
        {
            if (unit.EndsWith(vehicle, StringComparison.Ordinal))
            {
                return ArrivedWith().IsMatch(text.AsSpan(end, clause.End - end));
            }
        }

        return false;
    }

    private static readonly string[] Vehicles = ["aircraft", "airliners", "planes", "jets", "transports", "ships", "vessels", "freighters", "steamers"];

    // " landed in Lima in June 1970 with ", " docked at Haiphong with ".
    [GeneratedRegex(@"^\s+(?:\p{Ll}+\s+)?(?:landed|arrived|docked|touched\s+down)\b[^,;]{0,50}?\swith\s")]
    private static partial Regex ArrivedWith();

    // "two aircraft carrying 70 tonnes of food": the vehicle is not the figure, its load is.
    [GeneratedRegex(@"^\s+(?:carrying|transporting|loaded with|laden with)\s+(?:\S+\s+){0,2}?\d")]
    private static partial Regex Carrier();

    // "trade agreements worth", "The deal, valued at around ": the value of a sale.
    [GeneratedRegex(@"\b(?:agreements|deals?|contracts|accords),?\s+(?:worth|valued at|totall?ing)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Deals();

    [GeneratedRegex(@"^(?:\s+to\s+[^,;\d]{1,30}?)?\s+for\s+(?:the\s+)?$")]
    private static partial Regex PurposeFor();

    // "the training of 40 doctors"; "trained 300 Ghanaian pilots", "undertook to train some 80 Lao officers".
    [GeneratedRegex(@"\b(?:(?:training|education|schooling|retraining)\s+of|train|trains|trained|educate|educates|educated)\s+(?:some\s+|about\s+|roughly\s+|more than\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LearningBefore();

    // "'s Export-Import Bank ": a possessive followed by a named body, up to the cue.
    [GeneratedRegex(@"^(?:'s|’s)(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|and))+\s+$")]
    private static partial Regex OwnBody();

    // A multilateral lender or donor, neither party: "the World Bank", "the International Monetary Fund", "the Asian
    // Development Bank" (a national agency, "the Korea International Cooperation Agency", is its country's).
    [GeneratedRegex(@"\b(?:World Bank|Monetary Fund|IMF|Development Bank|Investment Bank|Food Programme|United Nations|UNICEF|UNHCR|UNDP|Committee of the Red Cross)(?:\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?\s+(?:(?:also|then|later|had|has|have)\s+)?$")]
    private static partial Regex ThirdPartyBody();

    // What lies between a party's name and the cue when the name is part of a body's: "'s Export-Import Bank ",
    // " Red Cross ", "" (after "the Bank of China").
    [GeneratedRegex(@"^(?:'s|’s)?(?:\s+(?:\p{Lu}[\p{L}-]*|of|for|and))*\s+(?:(?:also|then|later|had|has|have)\s+)?$")]
    private static partial Regex BodyName();

    [GeneratedRegex(@"\b(?:with|by|of|to|for|from|a|an|the|in|on)\b")]
    private static partial Regex Preposition();

    // "at the Cuban government's expense", "at Cuba's expense", "at the expense of the Cuban state".
    [GeneratedRegex(@"\bat\s+the\s+expense\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|\bat\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:'s|’s)?\s+expense\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtExpense();

    [GeneratedRegex(@"\b(?:aid|assistance|support|loans?|grants?|credits?|help|supplies|equipment|weapons|arms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AidNoun();

    // People who can be stationed in another country.
    private const string PersonnelWords = @"troops|soldiers|advis[eo]rs|personnel|experts|specialists|technicians|instructors|officers|pilots|doctors|physicians|dentists|nurses|surgeons|medics|engineers|workers|labou?rers|volunteers|teachers|members|(?:body)?guards|crews?|(?:crew|sea|air|service)men|geologists|agronomists|architects|craftsmen|builders|surveyors|scientists|researchers|lecturers|professors|mechanics|veterinarians";

    [GeneratedRegex(@"\b(?:" + PersonnelWords + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex Personnel();

    // "the first 8 Polish experts in mining and forestry ": a figure of people, and at most a short phrase of their trade, up
    // to the cue.
    [GeneratedRegex(@"\d\s+(?:[\p{L}-]+\s+){0,3}?(?:" + PersonnelWords + @"|students|trainees)\b[^,;:\d]{0,50}$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleArriving();

    // The last people named, with one modifier: "Cuban military advisers also served …; their number …".
    [GeneratedRegex(@"(?<unit>(?:\p{Ll}+\s+)?(?:" + PersonnelWords + @"))\b", RegexOptions.RightToLeft)]
    private static partial Regex LastPeople();

    // People who are taught, treated (patients), or sent home (prisoners of war), rather than sent to work: they go to, or
    // are given for, their own country.
    [GeneratedRegex(@"\b(?:students?|trainees?|(?:school)?children|pupils|cadets|scholars|orphans|apprentices|interns|prisoners|patients)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Learners();

    // What people who learn do after their number: "went to Hungary for training", "attended short courses", "trained at",
    // "had completed studies or vocational training in Romania",
    // "trained as builders in Cuba", "received practical training in Soviet plants", "trained free of charge at",
    // "began free medical training in Havana".
    [GeneratedRegex(@"\b(?:for\s+(?:\w+\s+)?training|(?:received|began|started)\s+(?:\w+\s+){0,2}training\s+(?:at|in)|training\s+courses?|(?:trained|educated|studied|enrolled|graduated)\s+(?:as\s+[^,;]{1,40}?\s+|free\s+of\s+charge\s+|\p{Ll}+ly\s+)?(?:at|in|from)|completed\s+(?:their\s+)?(?:studies|courses|training)|attend(?:ed|ing)?|enrolled|passed through|courses?|to study|boarding schools?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LearningAfter();

    // "restricted exports of three chemicals": a transfer stopped is no transfer.
    [GeneratedRegex(@"\b(?:restrict\w*|ban(?:s|ned|ning)?|halt\w*|suspend\w*|froze|frozen|freez\w*|block\w*|stopp?\w*|cut off|refus\w*|rejected|denied|embargo\w*|never|not(?!\s+only))\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Blocked();

    // "offered to send 30,000 cavalrymen, but Czechoslovakia refused to let them pass", "offered 10,000 troops, which Warsaw
    // declined", "offered to send 50 doctors, but the offer was not taken up": an offer refused was never given; "pledged 200
    // tractors, but the deliveries were halted": nor a pledge broken off.
    [GeneratedRegex(@"^[^.;]*?(?:\bbut\b|,\s+which\b)[^.;]*?\b(?:refused|declined|rejected|turned\s+(?:it\s+|them\s+)?down|did\s+not\s+accept|(?:was|were)\s+(?:not|never)\s+(?:taken\s+up|accepted)|(?:was|were)\s+(?:halted|suspended|cancell?ed|stopped|shelved|abandoned))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfferRefused();

    // "the 12 fighters that Managua requested were never delivered": what never arrived was not transferred; "a pledge of 100
    // scholarships, announced in 1976, was never carried out": nor was what was only promised.
    [GeneratedRegex(@"^[^,;]*?(?:,[^,;]{1,40},[^,;]*?)?\b(?:never|not)\s+(?:(?:been|yet|actually|fully)\s+)?(?:delivered|sent|supplied|shipped|handed|arrived|disbursed|transferred|paid|materiali[sz]ed|drawn|used|taken\s+up|honou?red|carried\s+out|implemented|fulfilled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDelivered();

    // "a cyclone struck, killing about 138,000 people": the dead of a disaster or a war are not sent.
    [GeneratedRegex(@"\b(?:killing|killed|kill|wounding|injuring|claiming the lives of)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Casualties();

    // The words SubjectCity lets stand between the city and the cue: adverbs, and verbs that announce a noun cue ("Beijing
    // announced grants totalling …").
    private const string SubjectLinkWords = "had|has|have|also|then|later|soon|again|further|quickly|formally|officially|announced|approved|unveiled";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectLinks =
        new HashSet<string>(SubjectLinkWords.Split('|'), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Havana flew and shipped in …": a first verb joined by "and" keeps the city the subject. "the government in Dar es
    // Salaam donated …": a city's name may join its words with a lower-case particle.
    [GeneratedRegex(@"(?<city>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:" + Gazetteer.PlaceParticles + @"|al)\s+)?\p{Lu}[\p{L}'’-]+)*)\s+(?:(?:" + SubjectLinkWords + @"|\p{Ll}+\s+and|(?:agreed|promised|decided|undertook|offered|pledged)\s+to)\s+)?$")]
    private static partial Regex SubjectCity();

    [GeneratedRegex(@"\b(?:to|from|in|into)\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|del|de|la|da|do|el)(?=\s+\p{Lu}|\b))*")]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"\b(?:from|by)\s+(?:the\s+)?$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(?:of\s+(?:the\s+)?)?$")]
    private static partial Regex FromBody();

    // In the part's own phrase: "…, among them the treasure and four statues", "…, including some 40 surgeons" (not "most
    // of them free of charge, and about 40 officers …").
    [GeneratedRegex(@"\b(?:among them|among which|including|of which|of whom|of them)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^\s+(?:among them|among whom|among which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartBefore();

    // A disaster that struck a place: "an earthquake struck southern Chile", "famine hit North Korea".
    [GeneratedRegex(@"\b(?:struck|hit|devastated|ravaged|flooded|swept|battered)\b")]
    private static partial Regex Struck();

    [GeneratedRegex(@"^(?:'s|’s)\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\s+by\b")]
    private static partial Regex PassiveBy();

    // "Bilateral trade peaked at US$22 billion": a trade volume has no donor; nor have one side's exports, imports or
    // sales ("Cuban exports to Ethiopia, chiefly medicines, were valued at US$3 million", "customs put exports to Ghana,
    // mostly cocoa, at US$2 million", "exports to Chad are worth about US$9 million a year", "exports to Mali seldom exceeded
    // 40 million francs", "customs figures record exports to North Korea of well under US$200,000 a year"); nor has a
    // turnover ("the annual turnover seldom exceeded 15 million Valuta-Mark").
    // "a first trade and payments agreement was signed": a trade agreement is no trade volume.
    [GeneratedRegex(@"\b(?:trade|turnover)(?!\s+(?:and\s+[\p{L}-]+\s+)?(?:agreements?|accords?|pacts?|treat(?:y|ies)|protocols?)\b)(?:\s+volume)?\b[^.;]{0,40}?\b(?:reached|rose|risen|grew|grown|peaked|stood|totall?ed|amounted|increased|fell|fallen|declined|was|were|is|are|exceeded|hit)\b|\b(?:exports|imports|sales)\s+(?:to|from|of)\b[^.;]{0,60}?\b(?:(?:was|were|are|is)\s+(?:\p{Ll}+ly\s+)?(?:worth|valued)|valued at|amounted|totall?ed|reached|peaked|stood at|came to|(?:\p{Ll}+\s+)?(?:exceeded|surpassed|topped)|of(?=\s+(?:\p{Ll}+\s+){0,3}(?:US\$|\p{Sc}|\d)))\b|\b(?:put|puts|estimated|estimates|valued|values)\s+(?:(?:the|its|their)\s+)?(?:\p{L}+\s+)?(?:trade|exports|imports|sales)\s+(?:to|from|of|with)\b[^.;]{0,60}?\bat\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeVolume();

    // "the project's €2.1 billion cost": a cost or total is not what was given.
    // "30,000 people died": nor are the dead; nor what was asked for ("half of the 250,000 tonnes Cuba had requested").
    [GeneratedRegex(@"^\s+(?:cost|costs|budget|total|valuation|deficit|surplus|turnover|(?:(?:were|was|had been|have been)\s+)?(?:died|dead|killed|perished|wounded|injured)|(?:that\s+|which\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:had\s+|has\s+)?(?:requested|asked for|ordered|sought|wanted))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATransfer();

    // "able to turn out ", "capable of producing ", "a capacity of ": what something can make or hold.
    [GeneratedRegex(@"\b(?:able\s+to\s+(?:turn\s+out|produce|make|build|assemble|hold|seat|house|carry|handle|accommodate|treat|process)|capable\s+of\s+\p{Ll}+ing|capacity\s+(?:of|for))\s+(?:(?:some|about|around|up\s+to|over|nearly|almost|more\s+than)\s+)?$")]
    private static partial Regex Capacity();

    // "several hundred", "hundreds of" are not figures.
    [GeneratedRegex(@"\b(?:several|many|a few|some few)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();
}
