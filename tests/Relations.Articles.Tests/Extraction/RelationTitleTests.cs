using Relations.Articles.Extraction;
using Relations.Articles.Reference;

namespace Relations.Articles.Tests.Extraction;

public class RelationTitleTests
{
    [Theory]
    [InlineData("North Korea–Vietnam relations", "north-korea/vietnam", "North Korea–Vietnam relations")]
    [InlineData("North Korea-Vietnam relations", "north-korea/vietnam", "North Korea–Vietnam relations")]
    [InlineData("North Korea—Vietnam relations", "north-korea/vietnam", "North Korea–Vietnam relations")]
    [InlineData("Guinea-Bissau–Portugal relations", "guinea-bissau/portugal", "Guinea-Bissau–Portugal relations")]
    [InlineData("Guinea-Bissau-Portugal relations", "guinea-bissau/portugal", "Guinea-Bissau–Portugal relations")]
    [InlineData("DPRK–Viet Nam relations", "north-korea/vietnam", "DPRK–Viet Nam relations")]
    public void ResolvesBothPartiesAndNormalisesTheDash(string title, string slug, string normalised)
    {
        var parsed = RelationTitle.Parse(title, Gazetteer.Default, out var reason);

        Assert.Null(reason);
        Assert.Equal(slug, parsed!.Slug);
        Assert.Equal(normalised, parsed.Title);
    }

    [Theory]
    [InlineData("Foreign relations of Cuba", "not a relation title")]
    [InlineData("Atlantis–Cuba relations", "'Atlantis'")]
    [InlineData("Cuba–Cuba relations", "does not name two countries")]
    public void ExplainsWhyATitleIsNotARelation(string title, string reason)
    {
        Assert.Null(RelationTitle.Parse(title, Gazetteer.Default, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }
}
