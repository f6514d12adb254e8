namespace Relations.Articles.Tests.Extraction;

public partial class VisitExtractorTests
{
    [Theory]
    [InlineData("- 12–14 May 2019: Kassym-Jomart Tokayev in Hanoi", "Kassym-Jomart Tokayev", "2019-05-12")]
    [InlineData("- March 2021: Kassym-Jomart Tokayev to Hanoi, for talks on oil", "Kassym-Jomart Tokayev", "2021-03")]
    public void ReadsAListedTravellerNamedOnlyBeforeThePlace(string item, string person, string date) =>
        Assert.Contains((person, "Kazakhstan", "Vietnam", date), Visits("Kazakhstan–Vietnam relations", "Later visits include:\n" + item));

    [Fact]
    public void ReadsTheItemsOfAListWhoseLeadSaysWhoHasBeenThere()
    {
        var visits = Visits("Mexico–Vietnam relations", """
            President Vicente Fox received him in 2002. His successor Felipe Calderón has been to Vietnam more often than any Mexican leader:
            - November 2006: APEC summit in Hanoi
            - 3–5 May 2009: state visit, with talks in Ho Chi Minh City
            """);

        Assert.Equal([("Felipe Calderón", "Mexico", "Vietnam", "2006-11"), ("Felipe Calderón", "Mexico", "Vietnam", "2009-05-03")],
            visits.Where(v => v.Person == "Felipe Calderón"));
    }

    [Fact]
    public void ReadsAStayInACountryWithTheInItsName() =>
        Assert.Contains(("Fidel Castro", "Cuba", "Soviet Union", "1963-04-27"),
            Visits("Cuba–Soviet Union relations", "Fidel Castro was in the Soviet Union from 27 April to 3 June 1963, meeting Nikita Khrushchev."));

    [Fact]
    public void LeavesOutBeingInTheWrongForAWhile() =>
        Assert.DoesNotContain(Visits("Cuba–Soviet Union relations", "In 1963 Fidel Castro was in the habit of long speeches."), v => v.Person == "Fidel Castro");

    [Fact]
    public void GivesAVisitToEachOfTwoTravellersOfAListItemFromWhereTheyCame()
    {
        var visits = Visits("Denmark–Vietnam relations", """
            Royal visits have included:
            - 12–15 April 2011: Crown Prince Frederik and Crown Princess Mary, the first royal visit from Denmark
            """);

        Assert.Equal([("Frederik", "Denmark", "Vietnam", "2011-04-12"), ("Mary", "Denmark", "Vietnam", "2011-04-12")], visits);
    }

    [Fact]
    public void GivesNoVisitToTheHostMetInAListItem()
    {
        var visits = Visits("Laos–Vietnam relations", """
            Visits have included:
            - 2004: Phan Văn Khải and Bounnhang Vorachit held a joint cabinet meeting in Vientiane.
            """);

        Assert.DoesNotContain(visits, v => v.Person == "Bounnhang Vorachit");
    }

    [Fact]
    public void FindsACityWhoseParticleIsHyphenated() =>
        Assert.Contains(("Manmohan Singh", "India", "Egypt", "2009-07"),
            Visits("Egypt–India relations", "In July 2009 Prime Minister Manmohan Singh attended the summit at Sharm el-Sheikh and met Mubarak there."));

    [Theory]
    [InlineData("Chile–Soviet Union relations", "Fidel Castro made a three-week tour of Chile in November 1971.")]
    [InlineData("China–Zambia relations", "Julius Nyerere had raised the idea during his own visit to Beijing in February 1965.")]
    public void LeavesOutAListedLeaderOfAThirdCountry(string title, string body) =>
        Assert.Empty(Visits(title, body));

    [Fact]
    public void StillReadsAListedLeaderOfAParty() =>
        Assert.Equal([("Fidel Castro", "Cuba", "Chile", "1971-11")], Visits("Chile–Cuba relations", "Fidel Castro made a three-week tour of Chile in November 1971."));

    [Fact]
    public void LeavesOutATripPostponedWithAnAdverb() =>
        Assert.Empty(Visits("Bulgaria–North Korea relations", "A trip by Kim Yong-nam to Sofia was planned for 2003 but was postponed indefinitely after the crisis."));

    [Fact]
    public void ReadsAPronounTravellerWhoLandsAndThenMeetsSomeone() =>
        Assert.Contains(("Luiz Inácio Lula da Silva", "Brazil", "China", "2023-04-12"), Visits("Brazil–China relations",
            "Brazilian President Luiz Inácio Lula da Silva visited China in May 2009.\n\nLula's return to China, planned for late March 2023, was postponed. He finally landed in Shanghai on 12 April 2023 and met Xi Jinping in Beijing two days later."));
}
