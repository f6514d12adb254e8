namespace Relations.Articles.Tests.Extraction;

public partial class AidExtractorTests
{
    [Theory]
    [InlineData("Hungary–Vietnam relations",
        "Following that accord Hungary built a bridge in Hanoi. In 1972 it also granted 80 scholarships to Vietnamese students, most of whom went on to study in Budapest.",
        "Hungary", "Vietnam", 1972, 80)]
    [InlineData("Mongolia–Poland relations",
        "Over the next decade Poland equipped two hospitals. In 1965 it also sent 400 tonnes of wheat to the Mongolian people, which were unloaded in Warsaw for transit.",
        "Poland", "Mongolia", 1965, 400)]
    public void GivesToThePeopleADemonymNamesAfterTo(string title, string body, string donor, string recipient, int year, decimal amount) =>
        Assert.Contains((donor, recipient, (int?)year, amount), Aid(title, body).Select(a => (a.Donor, a.Recipient, a.Year, a.Amount)));

    [Fact]
    public void StillReadsACityAfterTheCueWhenNoPeopleAreNamed() =>
        AssertOneAid("Hungary–Vietnam relations", "In 1972 it also shipped 80 tractors to Hanoi.", "Hungary", "Vietnam", 1972, 80);

    [Fact]
    public void ReadsAnAidListUnderAHeadingByTheFirstItemThatNamesWhoReceives()
    {
        var aid = Aid("Bulgaria–Ethiopia relations", """
            == Assistance ==
            - 1978: 40 ZIL trucks handed over as a gift to the Ethiopian army
            - 1981: a credit of 90 million leva for a tannery at Modjo
            - 1983: 120 agronomists sent to state farms in the Awash valley
            """);

        Assert.Equal([("Bulgaria", "Ethiopia", 1978, 40m, "trucks"), ("Bulgaria", "Ethiopia", 1981, 90_000_000m, "leva"), ("Bulgaria", "Ethiopia", 1983, 120m, "agronomists")], aid);
    }

    [Fact]
    public void KeepsTheDirectionOfTraineesForTheListItemsAfterThem()
    {
        var aid = Aid("Hungary–Iraq relations", """
            Its main elements were:
            - 90 Iraqi officers trained at the academy in Budapest in 1979;
            - a gift of 30 tonnes of medicines for Iraqi war wounded in 1983;
            """);

        Assert.Equal([("Hungary", "Iraq", (int?)1979, 90m), ("Hungary", "Iraq", 1983, 30m)], aid.Select(a => (a.Donor, a.Recipient, a.Year, a.Amount)));
    }

    [Theory]
    [InlineData("In 1994 Romania gave the Moldovan army 1.2 million rounds of ammunition.", 1_200_000, "rounds of ammunition")]
    [InlineData("In 1994 Romania gave the Moldovan army 20,000 rounds of artillery ammunition.", 20_000, "rounds of artillery")]
    public void CountsRoundsOfAmmunitionAsGoods(string body, decimal amount, string unit) =>
        Assert.Equal(("Romania", "Moldova", (int?)1994, amount, unit), Assert.Single(Aid("Moldova–Romania relations", body)));

    [Fact]
    public void LeavesOutRoundsOfTalks() =>
        Assert.Empty(Aid("Moldova–Romania relations", "In 1994 Romania sent its foreign minister for three rounds of talks to Chișinău."));

    [Theory]
    [InlineData("Altogether, some 1,600 Mozambicans were sent to work in Hungarian factories.")]
    [InlineData("In all, some 1,600 Mozambicans were sent to work in Hungarian factories.")]
    public void ReadsPeopleSentToWorkAsWorkersWithNoYearForATotal(string total)
    {
        var aid = Aid("Hungary–Mozambique relations", "Mozambique sent the first 300 workers to Hungary in 1984. " + total);

        Assert.Equal([("Mozambique", "Hungary", 1984, 300m, "workers"), ("Mozambique", "Hungary", null, 1_600m, "workers")], aid);
    }

    [Fact]
    public void StillGivesTheYearInForceToAFigureThatIsNoTotal()
    {
        var aid = Aid("Hungary–Mozambique relations", "Mozambique sent the first 300 workers to Hungary in 1984. A further 1,600 Mozambicans were sent to work in Hungarian factories.");

        Assert.Contains(("Mozambique", "Hungary", 1984, 1_600m, "workers"), aid);
    }

    [Fact]
    public void ReadsPeoplePostedInWords() =>
        AssertOneAid("Angola–Brazil relations", "In 2010 the agency Embrapa posted twelve researchers to Angola.", "Brazil", "Angola", 2010, 12);

    [Fact]
    public void LeavesOutPeopleKeptInPrison() =>
        Assert.Empty(Aid("Bulgaria–Libya relations", "The trial kept six medics in Libyan prisons for eight years."));

    [Theory]
    [InlineData("In 1971 the Soviet Union donated a prefabricated housing plant, able to turn out 1,700 flats a year, to Chile.")]
    [InlineData("Soviet aid included:\n- a prefabricated housing plant, able to turn out 1,700 flats a year, donated in 1971")]
    public void LeavesOutWhatAGiftCanMake(string body) =>
        Assert.DoesNotContain(Aid("Chile–Soviet Union relations", body), a => a.Amount == 1_700);

    [Fact]
    public void ReadsAListWhoseLeadNamesNoGiverByTheHelpNamedBefore()
    {
        var aid = Aid("Ghana–Yugoslavia relations", """
            Yugoslav assistance grew quickly in the 1960s. It included:
            - a credit of US$10 million, granted in 1961 for light industry;
            - places for 120 Ghanaian students in 1962;
            """);

        Assert.Equal([("Yugoslavia", "Ghana", (int?)1961, 10_000_000m), ("Yugoslavia", "Ghana", 1962, 120m)], aid.Select(a => (a.Donor, a.Recipient, a.Year, a.Amount)));
    }

    [Fact]
    public void ReadsNoListWhoseParagraphNamesNoHelp() =>
        Assert.Empty(Aid("Ghana–Yugoslavia relations", """
            Tito toured West Africa in 1961. The main stops were:
            - 120 kilometres of road in Ghana opened in 1961;
            """));

    [Fact]
    public void LeavesOutATradeVolumeInThePresentTense() =>
        Assert.Empty(Aid("Sweden–Vietnam relations", "In 2015 bilateral trade is worth well over one billion US dollars a year, much of it Vietnamese exports of electronics."));

    [Fact]
    public void TakesNoPersonOfAnEarlierClauseForTheSubject() =>
        AssertOneAid("Libya–Vietnam relations", "Prime Minister Võ Văn Kiệt paid an official visit to Libya in June 1993, and Tripoli agreed to supply 50,000 tonnes of oil to Vietnam on credit.", "Libya", "Vietnam", 1993, 50_000);

    [Fact]
    public void ReadsNoCrowdAtAReturnVisit() =>
        Assert.Empty(Aid("Bulgaria–North Korea relations", "Kim Il Sung returned the visit in June 1984, when 80,000 people greeted him in Sofia."));

    [Theory]
    [InlineData("In 2005 Malaysia pledged RM 3 million in flood relief to Vietnam.", 3_000_000, "ringgit")]
    [InlineData("In 2005 Malaysia pledged MYR 3 million in flood relief to Vietnam.", 3_000_000, "ringgit")]
    [InlineData("In 2005 Malaysia pledged 3 million ringgit in flood relief to Vietnam.", 3_000_000, "ringgit")]
    public void ReadsRinggit(string body, decimal amount, string unit) =>
        Assert.Equal(("Malaysia", "Vietnam", (int?)2005, amount, unit), Assert.Single(Aid("Malaysia–Vietnam relations", body)));

    [Fact]
    public void CountsRoundsOfAmmunitionWithAModifier() =>
        Assert.Equal(("Romania", "Moldova", (int?)1992, 5_000_000m, "rounds of rifle"),
            Assert.Single(Aid("Moldova–Romania relations", "In 1992 Romania delivered 5 million rounds of rifle ammunition to Moldova.")));
}
