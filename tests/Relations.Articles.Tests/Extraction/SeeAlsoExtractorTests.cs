using Relations.Articles.Extraction;
using Relations.Articles.Facts;
using Relations.Articles.Reference;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public class SeeAlsoExtractorTests
{
    [Theory]
    [InlineData("Cuba–South Korea relations", SeeAlsoKind.Relation, "cuba/south-korea")]
    [InlineData("South Korea-Vietnam relations", SeeAlsoKind.Relation, "south-korea/vietnam")]
    [InlineData("Atlantis–Cuba relations", SeeAlsoKind.Relation, null)]
    [InlineData("India–Africa relations", SeeAlsoKind.Relation, null)]
    [InlineData("Cuba–Latin America relations", SeeAlsoKind.Relation, null)]
    [InlineData("Foreign relations of Cuba", SeeAlsoKind.Country, "cuba")]
    [InlineData("Foreign relations of the United States", SeeAlsoKind.Country, "united-states")]
    [InlineData("Koreans in Vietnam", SeeAlsoKind.Topic, null)]
    [InlineData("Vietnamese people in Korea", SeeAlsoKind.Topic, null)]
    public void ClassifiesItems(string title, SeeAlsoKind kind, string? target)
    {
        var item = SeeAlsoExtractor.Classify(title, 1, Gazetteer.Default);

        Assert.Equal((kind, target), (item.Kind, item.Target));
    }

    [Fact]
    public void ReadsTheSeedsSeeAlsoLists()
    {
        Assert.Equal(
            [("Foreign relations of Cuba", SeeAlsoKind.Country), ("Foreign relations of North Korea", SeeAlsoKind.Country), ("Cuba–South Korea relations", SeeAlsoKind.Relation)],
            TestArticles.Seed(Repo.CubaNorthKorea).SeeAlso.Select(s => (s.Title, s.Kind)));
        Assert.Equal(
            [SeeAlsoKind.Topic, SeeAlsoKind.Relation, SeeAlsoKind.Topic],
            TestArticles.Seed(Repo.NorthKoreaVietnam).SeeAlso.Select(s => s.Kind));
    }
}
