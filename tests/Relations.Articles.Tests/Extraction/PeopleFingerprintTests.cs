using Relations.Articles.Extraction;
using Relations.Articles.Parsing;
using Relations.Articles.Reference;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

/// <summary>
/// The importer extracts an article a second time, knowing the people of the whole corpus, only when the people
/// recognised change: <see cref="ArticleExtractor.People"/> and <see cref="ArticlePeople.Fingerprint"/> tell it.
/// </summary>
public class PeopleFingerprintTests
{
    private const string Article = """
        = Hungary–Vietnam relations =

        Hungary and Vietnam established diplomatic relations on 3 February 1950.

        == History ==

        The flag was lowered at the request of Imre Nagy in 1956. Prime Minister Phạm Văn Đồng visited Budapest in 1957.
        """;

    [Theory]
    [InlineData("000_f90cea442e9714b5.txt")]
    [InlineData("002_bde09c3ab8031452.txt")]
    public void ThePeoplePassRecognisesWhatTheFullExtractionDid(string seed)
    {
        var document = WikiReader.Read(Path.Combine(Repo.Seeds, seed));
        var extractor = new ArticleExtractor();

        var facts = extractor.Extract(document).Facts!;
        var people = extractor.People(document)!;

        Assert.Equal(facts.PeopleFingerprint, people.Fingerprint());
        Assert.Equal(facts.Persons.Select(p => p.Name), people.Persons.Distinct());
    }

    [Fact]
    public void DifferentPeopleGiveDifferentFingerprints()
    {
        var first = TestArticles.Seed(Repo.NorthKoreaVietnam).PeopleFingerprint;
        var second = TestArticles.Seed(Repo.CubaNorthKorea).PeopleFingerprint;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void KnowingANameTheArticleWritesChangesTheFingerprint()
    {
        var document = WikiReader.Parse("hungary.txt", Article, out _);
        var before = new ArticleExtractor(Gazetteer.Default, KnownNames.Empty()).Extract(document).Facts!;
        var known = KnownNames.Empty();
        known.AddPerson("Imre Nagy");
        var after = new ArticleExtractor(Gazetteer.Default, known);

        Assert.DoesNotContain(before.Persons, p => p.Name == "Imre Nagy");
        Assert.Contains(after.Extract(document).Facts!.Persons, p => p.Name == "Imre Nagy");
        Assert.NotEqual(before.PeopleFingerprint, after.People(document)!.Fingerprint());
    }

    [Fact]
    public void KnowingANameTheArticleDoesNotWriteLeavesTheFingerprint()
    {
        var document = WikiReader.Parse("hungary.txt", Article, out _);
        var before = new ArticleExtractor(Gazetteer.Default, KnownNames.Empty()).Extract(document).Facts!;
        var known = KnownNames.Empty();
        known.AddPerson("Fidel Castro");

        Assert.Equal(before.PeopleFingerprint, new ArticleExtractor(Gazetteer.Default, known).People(document)!.Fingerprint());
    }

    [Fact]
    public void TheNamesAskedAboutAndNotKnownAreKeptByKey()
    {
        var document = WikiReader.Parse("hungary.txt", Article, out _);
        var known = KnownNames.Empty();
        known.AddPerson("Phạm Văn Đồng");

        var facts = new ArticleExtractor(Gazetteer.Default, known).Extract(document).Facts!;

        // "Imre Nagy" was asked about and unknown; "Phạm Văn Đồng" is known; countries and one-word names are never kept.
        Assert.Equal(["imre nagy"], facts.UnknownNameKeys);
    }

    [Fact]
    public void AnArticleThatIsNoRelationHasNoPeople()
    {
        var document = WikiReader.Parse("list.txt", "= List of sovereign states =\n\nThere are many.\n", out _);

        Assert.Null(new ArticleExtractor().People(document));
    }
}
