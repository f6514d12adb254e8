using Relations.Articles.Facts;
using Relations.Articles.Parsing;
using Relations.Articles.Values;
using Relations.Web.Import;

namespace Relations.Web.Tests.Import;

/// <summary>Which articles the corpus-wide people pass extracts again: those naming, where the recogniser would ask, a person learned elsewhere.</summary>
public class CorpusPeopleTests
{
    private static readonly Dictionary<string, List<string>> Learned = CorpusPeople.ByFirstWord(["Imre Nagy", "Ramón Álvarez"]);

    [Theory]
    [InlineData("In 1956 Yugoslavia offered asylum to Imre Nagy.")]
    [InlineData("Yugoslavia offered asylum to Imre Nagy in 1956.")]
    [InlineData("Talks with Ramón Álvarez, the foreign minister, followed.")]
    [InlineData("Ramón Álvarez's visit came in 1960.")]
    [InlineData("He met Ramón Álvarez and Imre Nagy.")]
    [InlineData("He met Ramón Álvarez-Núñez.")]
    public void AnArticleNamingALearnedPersonIsExtractedAgain(string sentence) =>
        Assert.True(Names(Paragraph(sentence)));

    [Theory]
    [InlineData("Foreign Minister Ramón Álvarez Núñez visited Cuba in 1960.")]
    [InlineData("In 1956 Yugoslavia offered asylum to nobody.")]
    [InlineData("Imre visited Nagy in 1956.")]
    public void AnArticleWhereTheNameIsNoWholeRunIsNot(string sentence) =>
        Assert.False(Names(Paragraph(sentence)));

    [Fact]
    public void AnArticleNamingOnlyItsOwnPeopleIsNot() =>
        Assert.False(Names(Paragraph("In 1956 Yugoslavia offered asylum to Imre Nagy."), own: "Imre Nagy"));

    [Fact]
    public void ANameEndingAListItemDoesNotRunOnIntoTheNext() =>
        Assert.True(Names("== History ==\n- Talks with Ramón Álvarez\n- Cuba sent rice in 1960.\n"));

    [Fact]
    public void ANameInsideALongerOneInAListItemIsNoWholeRun() =>
        Assert.False(Names("== History ==\n- Talks with Ramón Álvarez Núñez\n- Cuba sent rice in 1960.\n"));

    private static string Paragraph(string sentence) => $"== History ==\n{sentence}\n";

    private static bool Names(string body, string? own = null)
    {
        var document = WikiReader.Parse("cuba-hungary.txt", $"= Cuba–Hungary relations =\n\n{body}", out _);
        IReadOnlyList<PersonFact> persons = own is null ? [] : [new PersonFact(own, Slug.From(own), [])];
        return CorpusPeople.NamesAnUnrecognisedPerson(document, persons, Learned);
    }
}
