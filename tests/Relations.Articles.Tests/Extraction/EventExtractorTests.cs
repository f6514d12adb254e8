using Relations.Articles.Facts;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public class EventExtractorTests
{
    private static IReadOnlyList<EventFact> Events(string body, string title = "Cuba–North Korea relations") =>
        TestArticles.Extract($"= {title} =\n\n{body}\n").Events;

    [Theory]
    [InlineData("Cuba and North Korea established diplomatic relations on 29 August 1960.", "1960-08-29", EventKind.Establishment)]
    [InlineData("In January 2016, North Korea and Cuba established a barter trade system.", "2016-01", EventKind.Trade)]
    [InlineData("In November 2023, a counselor at the North Korean embassy in Cuba defected to South Korea.", "2023-11", EventKind.Defection)]
    [InlineData("After Fidel Castro's death in 2016, North Korea declared a three-day mourning period.", "2016", EventKind.Condolence)]
    [InlineData("In 1963, North Korea sent flood aid to Cuba after Hurricane Flora.", "1963", EventKind.Aid)]
    [InlineData("In February 1961, the two governments concluded an agreement on cooperation.", "1961-02", EventKind.Agreement)]
    [InlineData("From 1968, however, relations started to deteriorate.", "1968", EventKind.Cooling)]
    [InlineData("In the 1960s, North Korea sent a 103-man work brigade to Cuba.", "1960s", EventKind.Aid)]
    [InlineData("Che Guevara visited North Korea in September 1960.", "1960-09", EventKind.Visit)]
    public void ReadsADatedSentenceAsAnEventOfItsKind(string sentence, string date, EventKind kind)
    {
        var e = Assert.Single(Events(sentence));

        Assert.Equal((date, kind), (e.Date.Iso, e.Kind));
        Assert.Equal(sentence, e.Text);
        Assert.Equal(3, e.Source.Line);
    }

    [Theory]
    [InlineData("Cuba has been one of North Korea's most consistent allies.")]
    [InlineData("Until 2024, Cuba was one of the last countries to only have relations with North Korea.")]
    [InlineData("North Korea sent 2,000 students and 103 workers.")]
    [InlineData("The 75th anniversary of relations was marked with a 60-hour train ride.")]
    public void IgnoresUndatedAndStativeSentences(string sentence) => Assert.Empty(Events(sentence));

    [Fact]
    public void SplitsClausesAtSemicolonsAndGivesEachItsPeople()
    {
        var events = Events("In July 1957, North Vietnam President Ho Chi Minh visited North Korea; North Korean prime minister Kim Il Sung visited North Vietnam in November–December 1958 and November 1964.", "North Korea–Vietnam relations");

        Assert.Equal(["1957-07", "1958-11", "1964-11"], events.Select(e => e.Date.Iso));
        Assert.Equal(["Ho Chi Minh"], events[0].Persons);
        Assert.Equal(["Kim Il Sung"], events[2].Persons);
        Assert.Equal("1958-12", events[1].Date.EndIso);
    }

    [Theory]
    [InlineData("Hungarian credits to Vietnam came to 12 million forints in 1975, 15 million in 1976 and 9 million forints in 1977.", "1975")]
    [InlineData("Enrolment at the Hanoi school grew from 40 in 1980 to 75 in 1981 and 110 in 1982.", "1980")]
    [InlineData("Pyongyang delivered 30 buses in 1962, 45 in 1963 and a further 20 the following year.", "1962")]
    public void AFigureToldYearByYearInASeriesOfThreeIsOneEventAtItsFirstYear(string sentence, string date) =>
        Assert.Equal([date], Events(sentence, "Hungary–Vietnam relations").Select(e => e.Date.Iso));

    [Theory]
    [InlineData("Hanoi sent 800 tonnes of rice in 1996 and another 500 tonnes the following year.", "1996,1997")]
    [InlineData("Le Duan toured Budapest in 1961, 1966 and 1974.", "1961,1966,1974")]
    [InlineData("The embassy opened in 1960, 40 years before the consulate closed in 2000.", "1960,2000")]
    public void DatesThatAreNotASeriesOfFiguresStayEventsOfTheirOwn(string sentence, string dates) =>
        Assert.Equal(dates.Split(','), Events(sentence, "Hungary–Vietnam relations").Select(e => e.Date.Iso));

    [Fact]
    public void ReadsTheTenuresOfAListOfAmbassadorsAsNoEvents() =>
        Assert.Equal(["1962-05"], Events("""
            == Ambassadors ==
            Bulgarian ambassadors in Havana:
            - Dimitar Ganev, 1961–1965
            - 1965–1970: Petko Ivanov
            - Stoyan Marinov — since 2019
            - Georgi Kolev presented his credentials in May 1962
            """, "Bulgaria–Cuba relations").Select(e => e.Date.Iso));

    [Fact]
    public void ReadsTheTenuresOfAListTheLineBeforeAnnouncesAsAmbassadorsAsNoEvents() =>
        Assert.Equal(["1960-09-12", "1975"], Events("""
            == History ==
            The first ambassador presented his credentials on 12 September 1960.

            Later Bulgarian ambassadors in Havana have included:
            - Dimitar Ganev (1961–1965)
            - Petko Ivanov (1965–1970)

            Other milestones:
            - Petko Ivanov (1975)
            """, "Bulgaria–Cuba relations").Select(e => e.Date.Iso));

    [Fact]
    public void KeepsTheDatedItemsOfOtherListsAsEvents() =>
        Assert.Equal(["1961", "1965"], Events("""
            == Visits ==
            - Dimitar Ganev, 1961
            - 1965: Petko Ivanov
            """, "Bulgaria–Cuba relations").Select(e => e.Date.Iso));

    [Fact]
    public void DatesOfOneClauseCutAtTheCommaBetweenThemEachHaveTheirOwnPeopleAndShareTheClausesKindAndCountries()
    {
        var events = Events("Agostinho Neto visited Havana in July 1976, and Fidel Castro returned the visit to Angola in March 1977.", "Angola–Cuba relations");

        Assert.Equal([("1976-07", "Agostinho Neto"), ("1977-03", "Fidel Castro")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
        Assert.All(events, e => Assert.Equal(EventKind.Visit, e.Kind));
        Assert.All(events, e => Assert.Equal(["Angola"], e.Countries)); // Havana is a city: a country named only by its city is not among them
        Assert.Equal(events[0].Text, events[1].Text);
        Assert.Equal(events[0].Source, events[1].Source);
    }

    [Theory]
    [InlineData("Fidel Castro arrived in Pyongyang on 7 March 1986, for the congress, and returned in May 1990 for Kim Il Sung's birthday.", "Fidel Castro|Fidel Castro,Kim Il Sung")]
    [InlineData("Fidel Castro visited Pyongyang in 1986, and later flew to Moscow in 1987.", "Fidel Castro|Fidel Castro")]
    [InlineData("Kim Jong Il, who had succeeded Kim Il Sung in 1994, was received in Havana in May 2001.", "Kim Jong Il,Kim Il Sung|Kim Jong Il")]
    [InlineData("Fidel Castro visited Pyongyang in March 1986 with a large delegation, and again in May 1990.", "Fidel Castro|Fidel Castro")]
    [InlineData("Fidel Castro visited Pyongyang in 1986, and Kim Il Sung returned the visit in 1987.", "Fidel Castro|Kim Il Sung")]
    [InlineData("Fidel Castro visited Pyongyang in 1986, and the following year the embassy opened.", "Fidel Castro|")]
    [InlineData("Raúl Castro reached Pyongyang on 2 March 2013, and two days later he and Kim Jong Un opened the fair.", "Raúl Castro|Raúl Castro,Kim Jong Un")]
    [InlineData("Raúl Castro reached Pyongyang in March 2013, at the summit where she met Kim Jong Un in April 2013.", "Raúl Castro|Raúl Castro,Kim Jong Un")]
    [InlineData("Raúl Castro reached Pyongyang in March 2013, and Kim Jong Un said he was welcome in April 2013.", "Raúl Castro|Kim Jong Un")]
    [InlineData("Raúl Castro reached Pyongyang in March 2013; he returned in May 2015 for the parade.", "Raúl Castro|Raúl Castro")]
    [InlineData("Raúl Castro took power in 2008 and received Kim Yong-nam in March 2013.", "Raúl Castro|Raúl Castro,Kim Yong-nam")]
    [InlineData("Raúl Castro met Kim Yong-nam in March 2013 and September 2014.", "Raúl Castro,Kim Yong-nam|Raúl Castro,Kim Yong-nam")]
    [InlineData("Laos kept close ties with Kaysone Phomvihane in 1976, who came to Hanoi in May 1977.", "Kaysone Phomvihane|Kaysone Phomvihane")]
    [InlineData("Kaysone Phomvihane, who succeeded Souvanna Phouma in December 1975, travelled to Hanoi two years later.", "Kaysone Phomvihane,Souvanna Phouma|Kaysone Phomvihane")]
    [InlineData("Kaysone Phomvihane met Souvanna Phouma in December 1975, followed by Lê Duẩn in 1977.", "Kaysone Phomvihane,Souvanna Phouma|Lê Duẩn")]
    public void GivesAPartThatGoesOnWithAVerbTheSubjectBeforeIt(string sentence, string people) =>
        Assert.Equal(people, string.Join("|", Events(sentence).Select(e => string.Join(",", e.Persons))));

    [Fact]
    public void JoinsAnUndatedClauseToTheDatedOneBefore()
    {
        var e = Assert.Single(Events("In April 1961 a brigade sailed from Nicaragua to invade Cuba; dictator Luis Somoza saw the ships off and cursed Fidel Castro."));

        Assert.Equal(["Luis Somoza", "Fidel Castro"], e.Persons);
        Assert.EndsWith("cursed Fidel Castro.", e.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void GivesARelativeClauseItsOwnDateAndPeople()
    {
        var events = Events("In November 2023, Ri Il Gyu, a political counselor at the North Korean embassy in Cuba defected to South Korea, which was confirmed in July 2024.");

        Assert.Equal([("2023-11", "Ri Il Gyu"), ("2024-07", "")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Theory]
    [InlineData("Fidel Castro was among the forty leaders at the Algiers Conference, which opened on 5 September 1973.", "Fidel Castro")]
    [InlineData("Fidel Castro went to Pyongyang on 7 March 1986, which also brought Kim Il Sung to the airport.", "Fidel Castro,Kim Il Sung")]
    public void GivesADatedSegmentThePeopleOfASegmentWithNoDate(string sentence, string people) =>
        Assert.Equal(people, string.Join(",", Assert.Single(Events(sentence)).Persons));

    [Theory]
    [InlineData("Richard von Weizsäcker, who paid a state visit to Cuba in October 1985", "Richard von Weizsäcker")]
    [InlineData("On 19 September 1960 Fidel Castro, who had flown to Pyongyang for the occasion, signed a treaty with Premier Kim Il Sung.", "Fidel Castro,Kim Il Sung")]
    [InlineData("Fidel Castro travelled to Pyongyang in March 1986, where he met Kim Il Sung.", "Fidel Castro,Kim Il Sung")]
    public void KeepsThePeopleOfAWhoOrWhereClauseAmongTheEventsPeople(string sentence, string people)
    {
        var e = Assert.Single(Events(sentence));

        Assert.Equal(people, string.Join(",", e.Persons));
    }

    [Theory]
    // A bare month takes the year in force, in a sentence with no date of its own too.
    [InlineData("Cuba recognised the junta on July 20, 1979. A medical team arrived from Havana in August.", "1979-07-20|1979-08")]
    [InlineData("Tensions rose in 1962. By October some 4,000 troops had arrived.", "1962|1962-10")]
    // "1976 (May)": a month in brackets after a year, as visit lists write them.
    [InlineData("- 1975 (June), 1981 (April): Fidel Castro to Angola", "1975-06|1981-04")]
    // "1984 (31 May – 3 June)": days in brackets after a year.
    [InlineData("- 1987 (12–15 May): Todor Zhivkov meets Raúl Castro in Havana", "1987-05-12")]
    [InlineData("- 1990 (28 February – 2 March): Fidel Castro receives a delegation", "1990-02-28")]
    // "1975, 6–9 June — …", "1985, March — …": a list item's year and the days or month after its comma.
    [InlineData("- 1977, 2–5 May — Todor Zhivkov in Havana", "1977-05-02")]
    [InlineData("- 1983, October — Raúl Castro's visit to Sofia", "1983-10")]
    // A clause of its own after ", and" keeps its month apart from the year before it.
    [InlineData("Trade fell in 1978. That year thousands fled the country, and in July Havana recalled its experts.", "1978|1978|1978-07")]
    // Days, weeks and months counted from the date before.
    [InlineData("Talks began on 22 October 1962; two days later the ships turned back.", "1962-10-22|1962-10-24")]
    [InlineData("The president died on 26 March 1984. Eight days later, on 3 April, the army seized power.", "1984-03-26|1984-04-03")]
    // "The following year" opening a paragraph counts from the last date of the one before; a bare month there takes no year.
    [InlineData("Hanoi opened an embassy in Maputo in 1978.\n\nThe following year Vietnam sent 60 rice experts.", "1978|1979")]
    [InlineData("Hanoi opened an embassy in Maputo in 1978.\n\nIn March the first experts arrived.", "1978")]
    [InlineData("The consulate reopened on 10 May 1999, two weeks before President Phan Văn Khải arrived for talks.", "1999-05-10|1999-05-24")]
    [InlineData("On 30 December 1962 a plane was shot down, and the following day the leaders agreed to talk.", "1962-12-30|1962-12-31")]
    [InlineData("The president took office on January 10, 2007, and made an official visit to Havana the following month.", "2007-01-10|2007-02")]
    [InlineData("Aircraft bombed the site on September 6, 2007. The following April the agency released photographs.", "2007-09-06|2008-04")]
    [InlineData("A delegation visited Pyongyang in May 1978. Three months later a second delegation visited Havana.", "1978-05|1978-08")]
    [InlineData("Both countries withdrew their ambassadors in May 2004. They were restored that July.", "2004-05|2004-07")]
    [InlineData("Relations were established on 7 October 1960. Ivan Petrov was named the first ambassador later that month.", "1960-10-07|1960-10")]
    [InlineData("From March 1990 Cuba treated children from Vietnam; the first 139 arrived that month.", "1990-03")]
    // A relative year after a capitalised word is no year inside a name.
    [InlineData("The premier visited in September 1977. A trade delegation visited Rangoon the following year.", "1977-09|1978")]
    public void DatesRelativeMonthsAndDaysFromTheContext(string body, string dates) =>
        Assert.Equal(dates, string.Join("|", Events(body).Select(e => e.Date.Iso)));

    [Theory]
    [InlineData("The next day the talks resumed.")]
    [InlineData("In 1962 the talks resumed. Two days later the ships turned back.")]
    public void CountsNoDayFromAYearOrFromNothing(string body) =>
        Assert.DoesNotContain(Events(body), e => e.Date.Precision == Relations.Articles.Values.DatePrecision.Day);

    [Fact]
    public void InheritsTheYearFromTheSentenceBefore()
    {
        var events = Events("Kim Jong Un came to Vietnam on February 26, 2019. On March 1 and 2, Kim Jong Un made an official visit to Vietnam.", "North Korea–Vietnam relations");

        Assert.Equal([("2019-02-26", null), ("2019-03-01", "2019-03-02")], events.Select(e => (e.Date.Iso, e.Date.EndIso)));
    }

    [Fact]
    public void UsesParenthesisedDatesOnlyWhenTheClauseHasNoOther()
    {
        var events = Events("North Korea provided aid to North Vietnam (1966: 12.3 million rubles; 1967: 20 million).", "North Korea–Vietnam relations");

        Assert.Equal(["1966"], events.Select(e => e.Date.Iso));
    }

    [Fact]
    public void DatesAnEventByTheParenthesisedDaysOfItsCoarserDate()
    {
        var events = Events("In 1976 Colombo hosted the summit. Three years later President J. R. Jayewardene flew to Havana for the sixth summit (3–9 September 1979).", "Cuba–Sri Lanka relations");

        Assert.Equal([("1976", ""), ("1979-09-03", "J. R. Jayewardene")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Fact]
    public void CutsNoClauseAtTheCommaInsideANumber()
    {
        var events = Events("After the 2004 Indian Ocean tsunami, Prime Minister Phan Văn Khải sent US$100,000 in cash to Aceh in January 2005.", "Indonesia–Vietnam relations");

        Assert.Equal([("2004", ""), ("2005-01", "Phan Văn Khải")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Fact]
    public void GivesTheStatementAColonOpensItsOwnDateAndPeople()
    {
        var events = Events("In 1998 talks began. The following year the roles were reversed: President Jorge Sampaio flew to Havana for the summit, held on 15–16 November 1999.", "Cuba–Portugal relations");

        // "The following year" is the year the days after the colon give: one event (DatesOfEventsTests).
        Assert.Equal([("1998", ""), ("1999-11-15", "Jorge Sampaio")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Fact]
    public void DatesAListItemByTheParenthesisedDateItClosesWithButNotByAnAside()
    {
        var events = Events("""
            == Visits ==
            - Thomas Sankara, President (September 1984)
            - Delegation of the Supreme Soviet led by Vice-Chairman Pyotr Demichev (2–6 March 1986).
            - Thomas Sankara (President from 1983 to 1987), for the summit
            """, "Burkina Faso–Soviet Union relations");

        Assert.Equal([("1984-09", "Thomas Sankara"), ("1986-03-02", "Pyotr Demichev")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Fact]
    public void IgnoresAYearUsedAsAnAdjective()
    {
        var events = Events("Relations worsened when Cuba established relations with South Korea on 26 March 1990, and the 1986 treaty was allowed to lapse.");

        Assert.Equal(["1990-03-26"], events.Select(e => e.Date.Iso));
    }

    [Fact]
    public void DatesAClauseByTheYearLongPeriodItHappenedIn() =>
        Assert.Equal(["2019"], Events("North Korea bought 20,000 tonnes of Cuban sugar in the 2019 fiscal year.").Select(e => e.Date.Iso));

    [Fact]
    public void TakesNoEventFromADateInADescriptionOfAnEarlierOne() =>
        Assert.Equal(
            ["1986", "1990", "1991"],
            Events("Fidel Castro stopped in Pyongyang in 1986, the only Cuban leader to go there before the 2000s. Raúl Castro came in 1990, and talks resumed in 1991.")
                .Select(e => e.Date.Iso));

    [Theory]
    [InlineData("Fidel Castro reached Pyongyang on 7 March 1986 and left on 12 March for Moscow.", "1986-03-07")]
    [InlineData("Fidel Castro reached Pyongyang on 7 March 1986 and left Pyongyang on 12 March.", "1986-03-07")]
    [InlineData("Fidel Castro flew in on 7 March 1986, leaving three days later.", "1986-03-07")]
    [InlineData("Fidel Castro flew in on 7 March 1986; he stayed until 12 March.", "1986-03-07")]
    // A presence that ends, not a stay of some days; a journey onward.
    [InlineData("Cuban troops came in March 1986, and the last of them left the following year.", "1986-03|1987")]
    [InlineData("Cuban advisers arrived in 1986 and stayed until March 1990.", "1986|1990-03")]
    [InlineData("Fidel Castro reached Pyongyang on 7 March 1986 and left for Hanoi on 12 March.", "1986-03-07|1986-03-12")]
    public void TakesNoEventFromTheDayAStayEnded(string body, string dates) =>
        Assert.Equal(dates, string.Join("|", Events(body).Select(e => e.Date.Iso)));

    [Fact]
    public void CountsNoDateFromABoundOnATimeLater() =>
        Assert.Equal(
            ["1986-03-07", "1986-05-20"],
            Events("Fidel Castro reached Pyongyang on 7 March 1986. Kim Il Sung came to Havana less than three months later, landing on 20 May 1986.")
                .Select(e => e.Date.Iso));

    [Fact]
    public void DatesAClauseByTheYearOfTheOccasionItHappenedDuring()
    {
        var events = Events("During the 2012 summit Fidel Castro met President Kim Jong Un, and on 1 September 2012 the two countries signed an agreement.");

        Assert.Equal([("2012", "Fidel Castro,Kim Jong Un"), ("2012-09-01", "")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Fact]
    public void GivesTheSecondClauseItsPeopleAroundAnAsideBeforeItsDate()
    {
        var events = Events("Prime Minister Pak Song-chol visited Havana in 1974, and President Osvaldo Dorticós received Vice-Premier Jong Jun-thaek, who carried a letter from Kim Il Sung, in Havana in November 1977.");
        Assert.Equal(["1974", "1977-11"], events.Select(e => e.Date.Iso));
        Assert.Equal(["Pak Song-chol"], events[0].Persons);
        Assert.Equal(["Osvaldo Dorticós", "Jong Jun-thaek", "Kim Il Sung"], events[1].Persons);
    }
}
