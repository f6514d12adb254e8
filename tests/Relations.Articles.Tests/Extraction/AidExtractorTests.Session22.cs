namespace Relations.Articles.Tests.Extraction;

public partial class AidExtractorTests
{
    [Theory]
    [InlineData("In 2011, 14 Indian Army officers were trained free of charge at the national defence college in Sofia.")]
    [InlineData("In 2011, 14 Indian officers were trained free of charge in Bulgaria.")]
    [InlineData("In 2011, 14 Indian officers were trained successfully in Bulgaria.")]
    public void GivesPeopleTrainedFreeOfChargeToTheirOwnCountry(string body) =>
        AssertOneAid("Bulgaria–India relations", body, "Bulgaria", "India", 2011, 14);

    [Theory]
    [InlineData("In 1969 thirty Egyptian students began free medical training in Havana.")]
    [InlineData("In 1969 thirty Egyptian students started advanced training in Cuba.")]
    public void ReadsLearnersWhoBeginTrainingAbroad(string body) =>
        AssertOneAid("Cuba–Egypt relations", body, "Cuba", "Egypt", 1969, 30);

    [Theory]
    [InlineData("A Cuban pledge of 80 scholarships for Egyptian students, announced in 1977, was never carried out.")]
    [InlineData("In 2021 Havana offered to send 60 doctors to Egypt, but the offer was not taken up.")]
    [InlineData("In 1989 Hungary pledged 150 tractors to Ethiopian state farms, but the deliveries were halted after a year.")]
    public void LeavesOutAPledgeOrOfferNeverCarriedOut(string body) =>
        Assert.Empty(Aid(body.Contains("Hungary", StringComparison.Ordinal) ? "Ethiopia–Hungary relations" : "Cuba–Egypt relations", body));

    [Fact]
    public void StillReadsAPledgeThatWasKept() =>
        AssertOneAid("Ethiopia–Hungary relations", "In 1989 Hungary pledged 150 tractors to Ethiopia, and the deliveries began that year.", "Hungary", "Ethiopia", 1989, 150);

    [Fact]
    public void LeavesOutTheValueOfADealPaidForInGoods() =>
        Assert.Empty(Aid("Czechoslovakia–Egypt relations", "In 1956 Egypt bought arms through Czechoslovakia. The deal, valued at around 200 million US dollars, was paid for with Egyptian cotton."));

    [Theory]
    [InlineData("In June 1967 Czechoslovakia flew 30 tonnes of medicines to Cairo.", "Czechoslovakia", "Egypt", 30)]
    [InlineData("From 1981 to 1985 a team of 25 Czechoslovak doctors ran the surgical wards of a hospital in Cairo.", "Czechoslovakia", "Egypt", 25)]
    public void ReadsGoodsFlownAndPeopleRunningAService(string body, string donor, string recipient, decimal amount) =>
        Assert.Equal((donor, recipient, amount), Aid("Czechoslovakia–Egypt relations", body).Select(a => (a.Donor, a.Recipient, a.Amount)).Single());

    [Fact]
    public void LeavesOutPeopleFlownOutOfTheCountry() =>
        Assert.Empty(Aid("Afghanistan–Czechoslovakia relations", "In August 2021 Czech aircraft flew about 150 people, mainly interpreters, out of Kabul."));

    [Fact]
    public void DatesAGrantPaidOutOverTheNextYearsByTheYearInForce() =>
        AssertOneAid("China–Nepal relations", "The prime minister travelled to Beijing in September 1956. During his stay China agreed to a grant of 60 million Indian rupees, paid out over the next three years.", "China", "Nepal", 1956, 60_000_000);

    [Fact]
    public void StillLeavesAFigureOverTheFollowingDecadeWithoutAYear() =>
        AssertOneAid("China–Nepal relations", "The prime minister travelled to Beijing in September 1956. China then granted 60 million Indian rupees over the following decade.", "China", "Nepal", null, 60_000_000);

    [Fact]
    public void ReadsPeopleFlownWithAFieldHospital() =>
        AssertOneAid("Bulgaria–Syria relations", "In October 1973 Bulgaria flew a field hospital with 40 surgeons and nurses to Damascus.", "Bulgaria", "Syria", 1973, 40);
}
