using Relations.Articles.Extraction;
using Relations.Articles.Facts;
using Relations.Articles.Parsing;

namespace Relations.Articles.Tests.Support;

/// <summary>Parses and extracts a whole article given as text, or a seed file.</summary>
public static class TestArticles
{
    private static readonly ArticleExtractor Extractor = new();

    public static ArticleFacts Extract(string text, string file = "test.txt") =>
        Extractor.Extract(WikiReader.Parse(file, text, out _)).Facts ?? throw new InvalidOperationException("not a relation article");

    public static ArticleFacts Seed(string path) => Extractor.Extract(WikiReader.Read(path)).Facts!;
}
