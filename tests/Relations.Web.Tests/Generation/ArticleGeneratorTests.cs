using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Relations.Articles.Extraction;
using Relations.Articles.Parsing;
using Relations.Articles.Reference;
using Relations.Web.Generation;
using Relations.Web.Import;

namespace Relations.Web.Tests.Generation;

public sealed partial class ArticleGeneratorTests
{
    private static readonly Lazy<List<GeneratedArticle>> Corpus200 = new(() => ArticleGenerator.Generate(200, 42).ToList());

    private static readonly Lazy<List<GeneratedArticle>> Corpus2000 = new(() => ArticleGenerator.Generate(2000, 7).ToList());

    [Fact]
    public void TheSameSeedWritesTheSameBytes()
    {
        var first = ArticleGenerator.Generate(60, 1234).ToList();
        var second = ArticleGenerator.Generate(60, 1234).ToList();

        Assert.Equal(first.Select(a => a.FileName), second.Select(a => a.FileName));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Content, second[i].Content);
        }
    }

    [Fact]
    public void TheBytesDoNotDependOnTheCurrentCulture()
    {
        var invariant = ArticleGenerator.Generate(40, 99).ToList();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var german = ArticleGenerator.Generate(40, 99).ToList();
            Assert.Equal(invariant.Select(a => a.Content), german.Select(a => a.Content));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void DifferentSeedsWriteDifferentCorpora()
    {
        var first = ArticleGenerator.Generate(20, 1).Select(a => a.Title).ToList();
        var second = ArticleGenerator.Generate(20, 2).Select(a => a.Title).ToList();

        Assert.NotEqual(first, second);
        Assert.NotEqual(ArticleGenerator.Generate(1, 1).Single().Content, ArticleGenerator.Generate(1, 2).Single().Content);
    }

    [Fact]
    public void WriteCorpusWritesNumberedFilesWithAHashInTheName()
    {
        var dir = Directory.CreateTempSubdirectory("relations-gen-");
        try
        {
            var written = ArticleGenerator.WriteCorpus(dir.FullName, 25, 5);

            var names = dir.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(25, written);
            Assert.Equal(25, names.Count);
            Assert.All(names, n => Assert.Matches(FileName(), n));
            Assert.Equal(Enumerable.Range(0, 25).Select(i => i.ToString("D5", CultureInfo.InvariantCulture)), names.Select(n => n[..5]));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void EveryArticleParsesOrIsADeliberatelyBadFileRejectedAtItsLine()
    {
        var corpus = Corpus200.Value;

        Assert.Equal(200, corpus.Count);
        Assert.Single(corpus, a => a.Kind == GeneratedKind.Bad);
        foreach (var article in corpus)
        {
            if (article.Kind == GeneratedKind.Bad)
            {
                var e = Assert.Throws<ArticleFormatException>(() => WikiReader.Parse(article.FileName, article.Content, out _));
                Assert.Equal(article.FileName, e.File);
                Assert.Equal(article.BadLine, e.Line);
                Assert.Contains($"{article.FileName}:{e.Line}:", e.Message, StringComparison.Ordinal);
            }
            else
            {
                var document = WikiReader.Parse(article.FileName, article.Content, out _);
                Assert.Equal(article.Title, document.Title);
            }
        }
    }

    [Fact]
    public void EveryKindOfDamageIsRejectedAtTheLineItNames()
    {
        var bad = Corpus2000.Value.Where(a => a.Kind == GeneratedKind.Bad).ToList();

        Assert.Equal(10, bad.Count);
        Assert.Equal(3, bad.Select(a => a.Bad).Distinct().Count());
        foreach (var article in bad)
        {
            var e = Assert.Throws<ArticleFormatException>(() => WikiReader.Parse(article.FileName, article.Content, out _));
            Assert.Equal(article.BadLine, e.Line);
            Assert.Contains(article.Bad switch
            {
                BadKind.NoTitle => "title",
                BadKind.NulByte => "NUL",
                _ => "UTF-8",
            }, e.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TitlesAreDistinctPairsOfCurrentCountries()
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in Corpus2000.Value.Where(a => a.Kind != GeneratedKind.NonRelation))
        {
            var title = RelationTitle.Parse(article.Title, Gazetteer.Default, out var reason);
            Assert.True(title is not null, reason);
            Assert.False(title.First.Historical || title.Second.Historical, article.Title);
            var key = string.CompareOrdinal(title.First.Slug, title.Second.Slug) < 0
                ? $"{title.First.Slug}/{title.Second.Slug}"
                : $"{title.Second.Slug}/{title.First.Slug}";
            Assert.True(pairs.Add(key), $"{article.Title} repeats a pair");
        }

        Assert.True(pairs.Count > 1980);
    }

    [Fact]
    public void TheCorpusHasTheVarietyOfRealFiles()
    {
        var corpus = Corpus2000.Value.Where(a => a.Kind != GeneratedKind.Bad).ToList();
        var texts = corpus.Select(a => Encoding.UTF8.GetString(a.Content)).ToList();

        Assert.InRange(corpus.Count(a => a.Kind == GeneratedKind.NonRelation), 5, 8);
        Assert.InRange(texts.Count(t => t.Contains("\nInfobox", StringComparison.Ordinal)) / (double)texts.Count, 0.6, 0.8);
        Assert.InRange(corpus.Count(a => a.Title.Contains('-', StringComparison.Ordinal) || a.Title.Contains('—', StringComparison.Ordinal)), 20, 120);
        Assert.InRange(texts.Count(t => t.Contains("\r\n", StringComparison.Ordinal)), 40, 200);
        Assert.InRange(corpus.Count(a => a.Content.AsSpan().StartsWith("\uFEFF"u8)), 40, 200);
        Assert.Contains(texts, t => t.Contains("==History==", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("== History ==", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("=== ", StringComparison.Ordinal) || t.Contains("===2", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(" \n", StringComparison.Ordinal) || t.Contains("\t\n", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("- Envoy1:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("- Mission1: Embassy of", StringComparison.Ordinal));
        foreach (var phrase in new[] { "Nguyễn", "Martínez", " million rubles", " yuan", "US$", "€", "tonnes of", "made an official visit to", "between ", "–December ", "the early ", "From ", "Until ", "established diplomatic relations on", "diplomatic relations since", " and 2", "relations (" })
        {
            Assert.Contains(texts, t => t.Contains(phrase, StringComparison.Ordinal));
        }

        Assert.Matches(DayRange(), string.Concat(texts));
        var sizes = corpus.Where(a => a.Kind == GeneratedKind.Relation).Select(a => a.Content.Length).ToList();
        Assert.InRange(sizes.Average(), 3000, 6000);
    }

    [Fact]
    public void PeopleRecurAcrossRelations()
    {
        var texts = Corpus2000.Value.Select(a => Encoding.UTF8.GetString(a.Content)).ToList();
        var visitors = texts.SelectMany(t => Visitor().Matches(t).Select(m => m.Groups["name"].Value)).ToList();
        var recurring = visitors.GroupBy(n => n, StringComparer.Ordinal).Count(g => g.Count() > 1);

        Assert.True(recurring > 50, $"only {recurring} names recur");
    }

    [Fact]
    public void SeeAlsoLinksOtherGeneratedRelationsAndSomeMissingOnes()
    {
        var corpus = Corpus200.Value;
        var generated = corpus.Where(a => a.Kind == GeneratedKind.Relation)
            .Select(a => RelationTitle.Parse(a.Title, Gazetteer.Default, out _)!)
            .Select(Unordered)
            .ToHashSet(StringComparer.Ordinal);
        int linked = 0, missing = 0, others = 0;
        foreach (var article in corpus.Where(a => a.Kind == GeneratedKind.Relation))
        {
            var document = WikiReader.Parse(article.FileName, article.Content, out _);
            foreach (var item in document.SeeAlso())
            {
                if (RelationTitle.Parse(item.Text, Gazetteer.Default, out _) is { } target)
                {
                    _ = generated.Contains(Unordered(target)) ? linked++ : missing++;
                }
                else
                {
                    others++;
                }
            }
        }

        Assert.True(linked >= 20, $"{linked} See also items link generated relations");
        Assert.True(missing >= 5, $"{missing} See also items name relations not generated");
        Assert.True(others >= 100, $"{others} See also items are countries or topics");
    }

    [Fact]
    public void ImportingTheCorpusKeepsTheRelationsAndRejectsTheBadFiles()
    {
        var dir = Directory.CreateTempSubdirectory("relations-gen-");
        var db = Path.Combine(dir.FullName, "out", "test.db");
        try
        {
            var corpusDir = Path.Combine(dir.FullName, "corpus");
            Assert.Equal(200, ArticleGenerator.WriteCorpus(corpusDir, 200, 42));
            var expected = Corpus200.Value;

            var report = new CorpusImporter(NullLogger.Instance).Import(db, [corpusDir]);

            Assert.True(report.Written);
            Assert.Equal(expected.Count(a => a.Kind == GeneratedKind.Relation), report.Relations);
            Assert.InRange(report.Relations, 197, 199);
            Assert.Equal(
                expected.Where(a => a.Kind == GeneratedKind.Bad).Select(a => (a.FileName, a.BadLine)),
                report.Files.Where(f => f.Outcome == FileOutcome.Rejected).Select(f => (f.File, f.Line)));
            Assert.Equal(
                expected.Where(a => a.Kind == GeneratedKind.NonRelation).Select(a => a.FileName),
                report.Files.Where(f => f.Outcome == FileOutcome.Skipped).Select(f => f.File));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static string Unordered(RelationTitle t) =>
        string.CompareOrdinal(t.First.Slug, t.Second.Slug) < 0 ? $"{t.First.Slug}/{t.Second.Slug}" : $"{t.Second.Slug}/{t.First.Slug}";

    [GeneratedRegex(@"^\d{5}_[0-9a-f]{16}\.txt$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"(?:[A-Z][a-z]+ \d{1,2}–\d{1,2}, \d{4}|\d{1,2}–\d{1,2} [A-Z][a-z]+ \d{4})")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?:President|Prime Minister|Foreign Minister|General Secretary|King|Chancellor) (?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,2}) (?:of|made|visited|paid)")]
    private static partial Regex Visitor();
}
