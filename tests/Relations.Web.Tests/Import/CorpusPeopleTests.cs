using Relations.Articles.Extraction;
using Relations.Articles.Parsing;
using Relations.Articles.Reference;
using Relations.Web.Import;

namespace Relations.Web.Tests.Import;

/// <summary>
/// Which articles the corpus-wide people pass extracts again: those whose recogniser asked about a name the corpus
/// learned elsewhere, and only those. Each case extracts a real article twice, without and with the learned names,
/// so the choice is checked against what knowing the names actually changes.
/// </summary>
public class CorpusPeopleTests
{
    private static readonly string[] Learned = ["Imre Nagy", "Ramón Álvarez"];

    private static readonly HashSet<string> LearnedKeys = Learned.Select(KnownNames.CanonicalKey).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("In 1956 Yugoslavia offered asylum to Imre Nagy.", "Imre Nagy")]
    [InlineData("Yugoslavia offered asylum to Imre Nagy in 1956.", "Imre Nagy")]
    [InlineData("In 1960 Cuba honoured Ramón Álvarez in Havana.", "Ramón Álvarez")]
    [InlineData("Asylum was offered to Ramón Álvarez and Imre Nagy in 1956.", "Imre Nagy")]
    public void AnArticleAskingAboutALearnedNameIsExtractedAgainAndFindsThePerson(string sentence, string person)
    {
        var (first, again, asked) = ExtractTwice(Paragraph(sentence));

        Assert.True(asked);
        Assert.DoesNotContain(first.Persons, p => p.Name == person);
        Assert.Contains(again.Persons, p => p.Name == person);
    }

    [Theory]
    [InlineData("Foreign Minister Ramón Álvarez Núñez visited Cuba in 1960.")]
    [InlineData("Asylum was offered to Ramón Álvarez-Núñez in 1956.")]
    [InlineData("In 1956 Yugoslavia offered asylum to nobody.")]
    [InlineData("Prime Minister Imre Nagy visited Belgrade in 1956.")]
    public void AnArticleThatNeverAskedAboutALearnedNameIsNotAndWouldFindTheSame(string sentence)
    {
        var (first, again, asked) = ExtractTwice(Paragraph(sentence));

        Assert.False(asked);
        Assert.Equal(first.PeopleFingerprint, again.PeopleFingerprint);
    }

    [Fact]
    public void ABareSurnameIsNoReason()
    {
        // Knowing "Imre Nagy" would make "Nagy" a person here, but a surname alone may as well be someone else's.
        var (first, again, asked) = ExtractTwice(Paragraph("Imre visited Nagy in 1956."));

        Assert.False(asked);
        Assert.NotEqual(first.PeopleFingerprint, again.PeopleFingerprint);
    }

    [Fact]
    public void ANameEndingAListItemIsAskedAbout() =>
        Assert.True(ExtractTwice("== History ==\n- Asylum for Imre Nagy\n- Cuba sent rice in 1960.\n").Asked);

    [Fact]
    public void ANameInsideALongerOneInAListItemIsNot() =>
        Assert.False(ExtractTwice("== History ==\n- Asylum for Imre Nagy Kovács\n- Cuba sent rice in 1960.\n").Asked);

    [Fact]
    public void AnArticleNamingOnlyItsOwnPeopleIsNot()
    {
        // The article finds Imre Nagy itself (a role before the name), then writes the bare name again.
        var (first, _, asked) = ExtractTwice(Paragraph("Prime Minister Imre Nagy visited Belgrade in 1956. Yugoslavia offered asylum to Imre Nagy."));

        Assert.Contains(first.Persons, p => p.Name == "Imre Nagy");
        Assert.False(asked);
    }

    private static string Paragraph(string sentence) => $"== History ==\n{sentence}\n";

    private static (Articles.Facts.ArticleFacts First, Articles.Facts.ArticleFacts Again, bool Asked) ExtractTwice(string body)
    {
        var document = WikiReader.Parse("cuba-hungary.txt", $"= Cuba–Hungary relations =\n\n{body}", out _);
        var first = new ArticleExtractor().Extract(document).Facts!;
        var known = KnownNames.LoadDefault();
        foreach (var name in Learned)
        {
            known.AddPerson(name);
        }

        var again = new ArticleExtractor(Gazetteer.Default, known).Extract(document).Facts!;
        return (first, again, CorpusPeople.AskedAboutALearnedName(first.UnknownNameKeys, first.Persons, LearnedKeys));
    }
}
