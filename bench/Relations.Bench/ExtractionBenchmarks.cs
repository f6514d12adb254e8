using BenchmarkDotNet.Attributes;
using Relations.Articles.Extraction;
using Relations.Articles.Parsing;
using Relations.Articles.Reference;
using Relations.Web.Generation;

namespace Relations.Bench;

/// <summary>Parse + extract, without the database: one seed article, and 100 generated articles.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const string SeedFile = "000_f90cea442e9714b5.txt";
    private byte[] seed = [];
    private List<GeneratedArticle> generated = [];
    private ArticleExtractor extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        seed = File.ReadAllBytes(Corpus.RepoFile(Path.Combine("seeds", SeedFile)));

        // The well-formed ones: a deliberately bad file throws, which is not what this measures.
        generated = ArticleGenerator.Generate(100, 42).Where(a => a.Kind != GeneratedKind.Bad).ToList();
        extractor = new ArticleExtractor();
        _ = Gazetteer.Default.Countries.Count;
    }

    [Benchmark(Description = "parse+extract one seed article")]
    public object? SeedArticle()
    {
        var document = WikiReader.Parse(SeedFile, seed, out var diagnostics);
        return extractor.Extract(document, diagnostics).Facts;
    }

    [Benchmark(Description = "parse+extract 100 generated articles")]
    public int HundredGeneratedArticles()
    {
        var facts = 0;
        foreach (var article in generated)
        {
            var document = WikiReader.Parse(article.FileName, article.Content, out var diagnostics);
            if (extractor.Extract(document, diagnostics).Facts is { } f)
            {
                facts += f.Missions.Count + f.SeeAlso.Count + 1;
            }
        }

        return facts;
    }
}
