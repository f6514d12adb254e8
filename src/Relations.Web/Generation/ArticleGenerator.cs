using System.Globalization;
using System.Security.Cryptography;
using Relations.Articles.Reference;

namespace Relations.Web.Generation;

/// <summary>One generated file: its name, title, what it is meant to be and its bytes.</summary>
/// <param name="BadLine">For a deliberately bad file, the 1-based line the reader's error should name.</param>
public sealed record GeneratedArticle(int Index, string FileName, string Title, GeneratedKind Kind, BadKind Bad, int? BadLine, byte[] Content);

/// <summary>
/// Writes synthetic articles in the input format (DESIGN.md, "Input format") for scale tests: distinct country
/// pairs, varied dates, visits, aid, agreements, missions and See also links between generated relations,
/// formatting noise, one bad file in 200 and one non-relation in 300. Deterministic for a seed.
/// </summary>
public static class ArticleGenerator
{
    /// <summary>Writes <c>NNNNN_&lt;16 hex&gt;.txt</c> files into the folder and returns how many were written
    /// (fewer than asked only when every distinct country pair is used).</summary>
    public static int WriteCorpus(string folder, int articles, int seed)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var article in Generate(articles, seed))
        {
            File.WriteAllBytes(Path.Combine(folder, article.FileName), article.Content);
            written++;
        }

        return written;
    }

    /// <summary>The corpus, article by article (lazily: only the plan is held in memory).</summary>
    public static IEnumerable<GeneratedArticle> Generate(int articles, int seed, Gazetteer? gazetteer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        var dice = new Dice(seed);
        var plan = new CorpusPlan(gazetteer ?? Gazetteer.Default, articles, dice);
        return GenerateAll(plan, dice);
    }

    private static IEnumerable<GeneratedArticle> GenerateAll(CorpusPlan plan, Dice dice)
    {
        foreach (var planned in plan.Articles)
        {
            var (lines, title) = new ArticleComposer(dice, plan, planned).Compose();
            var (content, badLine) = ArticleEncoding.Encode(lines, planned.Bad, dice);
            var hash = Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8));
            var name = $"{planned.Index.ToString("D5", CultureInfo.InvariantCulture)}_{hash}.txt";
            yield return new GeneratedArticle(planned.Index, name, title, planned.Kind, planned.Bad, badLine, content);
        }
    }
}
