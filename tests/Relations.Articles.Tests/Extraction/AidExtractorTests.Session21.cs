namespace Relations.Articles.Tests.Extraction;

public partial class AidExtractorTests
{
    [Theory]
    [InlineData("Under a payments accord signed in 1962, Sofia extended Baghdad a 45-million-ruble credit for rolling stock.", "Bulgaria", "Iraq", 1962, 45_000_000, "rubles")]
    [InlineData("In 1964 Bulgaria opened a $12-million line of credit for Iraq's irrigation works.", "Bulgaria", "Iraq", 1964, 12_000_000, "US dollars")]
    public void ReadsAHyphenatedSumBeforeItsNoun(string body, string donor, string recipient, int year, decimal amount, string unit) =>
        Assert.Equal((donor, recipient, (int?)year, amount, unit), Assert.Single(Aid("Bulgaria–Iraq relations", body)));

    [Fact]
    public void LeavesOutTheWorthOfGoodsSoldInALaterPartOfTheClause() =>
        Assert.Equal(
            [("Laos", "Thailand", (int?)2015, 200m, "workers")],
            Aid("Laos–Thailand relations", "By 2015 some 200 Lao workers had been sent to Thai farms, while Thai traders sold fuel and cement worth about US$40 million a year to Laos."));

    [Fact]
    public void StillReadsAWorthOfGoodsGiven() =>
        AssertOneAid("Laos–Thailand relations", "In 2016 Thailand sent fuel and cement worth about US$4 million to Laos.", "Thailand", "Laos", 2016, 4_000_000);

    [Theory]
    [InlineData("A 1984 exchange programme brought the first 25 Yemeni students to the polytechnic in Sofia.", "Bulgaria", "Yemen", 1984, 25, "students")]
    [InlineData("In 1986 the health accord brought 40 Bulgarian doctors to Aden.", "Bulgaria", "Yemen", 1986, 40, "doctors")]
    public void ReadsPeopleThatAnAccordBringsByTheirDemonym(string body, string donor, string recipient, int year, decimal amount, string unit) =>
        Assert.Equal((donor, recipient, (int?)year, amount, unit), Assert.Single(Aid("Bulgaria–Yemen relations", body)));

    [Theory]
    [InlineData("In 1987 the storm brought 300 tonnes of sand to Aden.")]
    [InlineData("In 1988 the festival brought 500 Japanese tourists to Sofia.")]
    public void LeavesOutWhatAThingBringsWithoutAPartysPeople(string body) =>
        Assert.Empty(Aid("Bulgaria–Yemen relations", body));

    [Theory]
    [InlineData("In 1919 the government in Budapest offered to send 20,000 hussars, but Romania refused to let them cross.")]
    [InlineData("In 1921 Hungary offered Poland 15,000 rifles, but Warsaw declined the offer.")]
    [InlineData("In 1922 Hungary offered 8,000 troops to Poland, which turned them down.")]
    public void LeavesOutAnOfferRefused(string body) =>
        Assert.Empty(Aid("Hungary–Poland relations", body));

    [Fact]
    public void StillReadsAnOfferAccepted() =>
        AssertOneAid("Hungary–Poland relations", "In 1923 Hungary offered 5,000 tonnes of grain, and Poland accepted it.", "Hungary", "Poland", 1923, 5_000);

    [Theory]
    [InlineData("Nguyễn Văn Linh paid a state visit to the Soviet Union in 1987 and obtained a credit of 300 million rubles.")]
    [InlineData("Nguyễn Văn Linh visited the Soviet Union in 1987 and obtained a credit of 300 million rubles.")]
    [InlineData("Nguyễn Văn Linh paid a state visit to the Soviet Union in 1987 and came home with a credit of 300 million rubles.")]
    public void GivesWhatAVisitorObtainsFromThePartyVisitedWithTheBeforeItsName(string body) =>
        AssertOneAid("Soviet Union–Vietnam relations", body, "Soviet Union", "Vietnam", 1987, 300_000_000);

    [Theory]
    [InlineData("In 1961 Czechoslovakia extended a credit of £G8 million to Ghana.", 8_000_000, "Ghanaian pounds")]
    [InlineData("In 1965 Czechoslovakia delivered about 300 Type 59 tanks to Ghana.", 300, "tanks")]
    public void ReadsAPoundWithItsLetterAndACountBeforeAModelNumber(string body, decimal amount, string unit) =>
        Assert.Equal(("Czechoslovakia", "Ghana", (int?)(body.Contains("1961", StringComparison.Ordinal) ? 1961 : 1965), amount, unit), Assert.Single(Aid("Czechoslovakia–Ghana relations", body)));

    [Theory]
    [InlineData("A Ghanaian request in 1966 for a further credit of 20 million korunas was turned down.")]
    [InlineData("In 1967 Accra requested 40 tractors from Prague.")]
    [InlineData("A further Czechoslovak credit of 50 million korunas was offered in 1968 but never drawn.")]
    public void LeavesOutWhatWasRequestedOrNeverDrawn(string body) =>
        Assert.Empty(Aid("Czechoslovakia–Ghana relations", body));

    [Theory]
    [InlineData("In 1969, at the request of Accra, Czechoslovakia sent 30 doctors.")]
    [InlineData("In 1969, at Accra's request Czechoslovakia sent 30 doctors.")]
    public void StillReadsWhatWasSentAtARequest(string body) =>
        AssertOneAid("Czechoslovakia–Ghana relations", body, "Czechoslovakia", "Ghana", 1969, 30);

    [Fact]
    public void ReadsTheGdrsAccountingUnitWrittenAsOneWord() =>
        Assert.Equal(("East Germany", "Syria", (int?)1977, 100_000_000m, "Valutamark"),
            Assert.Single(Aid("East Germany–Syria relations", "In 1977 the GDR extended Syria a credit of 100 million Valutamark for a cement works near Hama.")));

    [Theory]
    [InlineData("Tanzania–Yugoslavia relations", "In 1979 Tanzania asked Belgrade for a US$25 million credit for a textile mill, but the request was never approved.")]
    [InlineData("Angola–Cuba relations", "In 1977 Angola asked for Cuban aid worth 40 million pesos.")]
    public void LeavesOutWhatAPartyAskedFor(string title, string body) =>
        Assert.Empty(Aid(title, body));

    [Fact]
    public void ReadsASumRestatedInAnotherCurrencyAfterACommaOnce() =>
        Assert.Equal([("China", "Algeria", (int?)2008, 300_000_000m, "yuan")],
            Aid("Algeria–China relations", "In 2008 the Chinese government provided a grant of 300 million yuan, about 4.3 billion Algerian dinars, for the opera house."));

    [Fact]
    public void StillReadsAPartInTheSameCurrencyAfterAComma() =>
        Assert.Equal(2, Aid("Algeria–China relations", "In 1980 China lent Algeria 100 million yuan, about 20 million yuan of it in goods.").Count());
}
