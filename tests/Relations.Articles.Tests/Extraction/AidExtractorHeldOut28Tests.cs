using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public class AidExtractorHeldOut28Tests
{
    private static IEnumerable<(string Donor, string Recipient, int? Year, decimal Amount, string Unit)> Aid(string title, string body) =>
        TestArticles.Extract($"= {title} =\n\n{body}\n").Aid.Select(a => (a.Donor, a.Recipient, a.Year, a.Amount, a.Unit));

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
}
