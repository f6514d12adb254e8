namespace Relations.Articles.Tests.Extraction;

/// <summary>Credits in kronor and Valuta-Mark, counted accords, figures sent on to a third country, credits a visitor takes home.</summary>
public partial class AidExtractorTests
{
    [Fact]
    public void ReadsKronorAlongASeriesAsMoney()
    {
        var aid = Aid("Sweden–Tanzania relations", "Sweden made Tanzania a programme country in 1968. Swedish grants rose from 15 million kronor in 1969 to 32 million kronor in 1971.");

        Assert.Equal([("Sweden", "Tanzania", 1969, 15_000_000m, "kronor"), ("Sweden", "Tanzania", 1971, 32_000_000m, "kronor")], aid);
    }

    [Fact]
    public void ReadsValutaMarkAsMoney()
    {
        var a = Assert.Single(Aid("East Germany–Mozambique relations", "In 1980 East Germany granted Mozambique a credit of 200 million Valuta-Mark for a textile combine."));

        Assert.Equal(("East Germany", "Mozambique", 1980, 200_000_000m, "Valuta-Mark"), a);
    }

    [Theory]
    [InlineData("Rawlings's talks with Zhivkov produced five agreements, among them a US$12 million Bulgarian credit for tractors.", 12_000_000, "US dollars")]
    [InlineData("The Sofia talks of 1977 produced three protocols, including a Bulgarian credit of 30 million leva.", 30_000_000, "leva")]
    public void CountsNoAccordsButTheCreditsAmongThem(string body, decimal amount, string unit)
    {
        var a = Assert.Single(Aid("Bulgaria–Ghana relations", body));

        Assert.Equal(("Bulgaria", "Ghana", amount, unit), (a.Donor, a.Recipient, a.Amount, a.Unit));
    }

    [Fact]
    public void StillCountsTheTractorsAmongTheGoods()
    {
        var a = Assert.Single(Aid("Bulgaria–Ghana relations", "In 1977 Bulgaria sent Ghana 300 tractors, among them 40 crawler tractors."));

        Assert.Equal(("Bulgaria", "Ghana", 300m), (a.Donor, a.Recipient, a.Amount));
    }

    [Theory]
    [InlineData("After the floods of 2019, Laos gave US$50,000 to Cambodia and sent a 40-member rescue team to neighbouring Thailand.")]
    [InlineData("After the floods of 2019, Laos gave US$50,000 to Cambodia and flew 12 tonnes of tents to Thailand.")]
    public void LeavesOutWhatGoesOnToAThirdCountry(string body)
    {
        Assert.Equal([("Laos", "Cambodia", 2019, 50_000m, "US dollars")], Aid("Cambodia–Laos relations", body));
    }

    [Theory]
    [InlineData("In 2019 Laos sent 40 rescuers to Cambodia by way of Thailand.", 40)]
    [InlineData("In 2019 Laos sent 40 rescuers to Cambodia, and Thailand sent more.", 40)]
    public void KeepsWhatGoesToTheOtherParty(string body, decimal amount)
    {
        var a = Assert.Single(Aid("Cambodia–Laos relations", body));

        Assert.Equal(("Laos", "Cambodia", 2019, amount), (a.Donor, a.Recipient, a.Year, a.Amount));
    }

    [Theory]
    [InlineData("President Hilla Limann paid a state visit to Bulgaria in May 1981 and left with a credit of US$25 million for a cannery.", 1981, 25_000_000)]
    [InlineData("In 1983 Jerry Rawlings visited Bulgaria and came home with a soft loan of 40 million leva.", 1983, 40_000_000)]
    public void GivesTheHostWhatAVisitorLeavesWith(string body, int year, decimal amount)
    {
        var a = Assert.Single(Aid("Bulgaria–Ghana relations", body));

        Assert.Equal(("Bulgaria", "Ghana", (int?)year, amount), (a.Donor, a.Recipient, a.Year, a.Amount));
    }

    [Fact]
    public void GivesNothingToAVisitorWhoLeavesWithoutACue() =>
        Assert.Empty(Aid("Bulgaria–Ghana relations", "President Hilla Limann paid a state visit to Bulgaria in May 1981 and left with a memory of 30 years of friendship."));

    [Theory]
    [InlineData("In the autumn of 1975 a first long-term trade and payments agreement was signed, backed by a Bulgarian credit of 40 million leva for farm machinery.")]
    [InlineData("In 1975 a first trade agreement was signed, backed by a Bulgarian credit of 40 million leva for farm machinery.")]
    public void ReadsACreditBackingATradeAgreement(string body)
    {
        var a = Assert.Single(Aid("Bulgaria–Ghana relations", body));

        Assert.Equal(("Bulgaria", "Ghana", 40_000_000m), (a.Donor, a.Recipient, a.Amount));
    }

    [Fact]
    public void StillLeavesOutTradeThatReachesAFigure() =>
        Assert.Empty(Aid("Bulgaria–Ghana relations", "After the trade agreement, Bulgaria sent tractors and trade was worth 40 million leva in 1976."));
}
