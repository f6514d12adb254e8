using System.Text.RegularExpressions;
using Relations.Articles.Extraction;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

/// <summary>The hand-written token scanner against the pattern it replaces, on every line of our articles and on edge cases.</summary>
public sealed partial class TokenScannerTests
{
    private static readonly string[] TestSets = ["Corpus", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14", "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21", "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28", "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35", "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41", "HeldOut42", "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47", "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51"];

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-‐‑'’]\p{L}[\p{L}\p{M}]*)*(?:['’](?!\p{L}))?|\d+(?:[.,]\d+)*|\S")]
    private static partial Regex Reference();

    private static List<string> Scanned(string text)
    {
        var tokens = new List<string>();
        for (var at = 0; at < text.Length;)
        {
            var length = TokenScanner.Length(text, at);
            if (length > 0)
            {
                tokens.Add(text.Substring(at, length));
            }

            at += Math.Max(length, 1);
        }

        return tokens;
    }

    private static List<string> Expected(string text) => Reference().Matches(text).Select(m => m.Value).ToList();

    [Theory]
    [InlineData("U.S.-backed forces; the U.S.A. and U.N. A. B. Smith", new[] { "U.S.", "-", "backed", "forces", ";", "the", "U.S.A.", "and", "U.N.", "A", ".", "B", ".", "Smith" })]
    [InlineData("Díaz-Canel met Korea's Kim Il-sung and the Joneses' aides", new[] { "Díaz-Canel", "met", "Korea's", "Kim", "Il-sung", "and", "the", "Joneses'", "aides" })]
    [InlineData("Cambodian–Vietnamese 1,000.5 tonnes, 2.5% of 12,3", new[] { "Cambodian", "–", "Vietnamese", "1,000.5", "tonnes", ",", "2.5", "%", "of", "12,3" })]
    [InlineData("d’Estaing’s rock-‐‑ O'Neill -x 'quoted' x'", new[] { "d’Estaing’s", "rock", "-", "‐", "‑", "O'Neill", "-", "x", "'", "quoted'", "x'" })]
    [InlineData("Nguyễn Phú Trọng (Nguyễn Phú Trọng) ١٩٥٠ ²", new[] { "Nguyễn", "Phú", "Trọng", "(", "Nguyễn", "Phú", "Trọng", ")", "١٩٥٠", "²" })]
    public void ReadsTheseTokens(string text, string[] tokens)
    {
        Assert.Equal(tokens, Scanned(text));
        Assert.Equal(Expected(text), Scanned(text));
    }

    [Fact]
    public void AgreesWithThePatternOnEveryLineOfTheSeedsAndTestArticles()
    {
        var files = Directory.GetFiles(Repo.Seeds, "*.txt")
            .Concat(TestSets.SelectMany(d => Directory.GetFiles(Path.Combine(Repo.Root, "tests", "Relations.Articles.Tests", d), "*.txt")))
            .ToList();
        Assert.True(files.Count > 20);
        var lines = 0;
        foreach (var line in files.SelectMany(File.ReadLines))
        {
            Assert.Equal(Expected(line), Scanned(line));
            lines++;
        }

        Assert.True(lines > 500, $"{lines} lines");
    }
}
