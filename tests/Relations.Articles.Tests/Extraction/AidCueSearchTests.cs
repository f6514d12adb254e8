using System.Text.RegularExpressions;
using Relations.Articles.Extraction;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

/// <summary>The aid cue tried only where a word that can open it starts, against the pattern tried everywhere: an
/// alternative added to the pattern whose opening word the cue words lack would be silently never tried.</summary>
public sealed class AidCueSearchTests
{
    // Each match from `from` on, the next looked for after it: as the extractor passes over a cue its words refuse.
    private static List<string> Searched(string text, int from, int end)
    {
        var found = new List<string>();
        for (var m = AidExtractor.NextCue(text, from, end); m.Success; m = AidExtractor.NextCue(text, m.Index + m.Length, end))
        {
            found.Add(Describe(m));
        }

        return found;
    }

    private static List<string> Everywhere(string text, int from, int end)
    {
        var found = new List<string>();
        for (var m = AidExtractor.Cue().Match(text, from, end - from); m.Success; m = AidExtractor.Cue().Match(text, m.Index + m.Length, end - m.Index - m.Length))
        {
            found.Add(Describe(m));
        }

        return found;
    }

    // The match and every group of it: the extractor reads which groups took part.
    private static string Describe(Match m) =>
        string.Join(' ', m.Groups.Cast<Group>().Select(g => g.Success ? $"{g.Name}:{g.Index}+{g.Length}" : "-"));

    [Theory]
    [InlineData("In 1975 the Soviet Union sent 300 advisers; Lê Duẩn’sent aid–Cuba and Hà Nội received training.")]
    [InlineData("Engineers were at work in Ghana, and 40 Cuban advisers helped build the port at Tema.")]
    [InlineData("Nothing here gives anything at all.")]
    public void FindsWhatThePatternFinds(string text) =>
        Assert.Equal(Everywhere(text, 0, text.Length), Searched(text, 0, text.Length));

    [Fact]
    public void FindsWhatThePatternFindsOnEveryLineOfTheSeedsAndTestArticles()
    {
        var root = Path.Combine(Repo.Root, "tests", "Relations.Articles.Tests");
        var files = Directory.GetFiles(Repo.Seeds, "*.txt")
            .Concat(Directory.GetDirectories(root).Where(d => Path.GetFileName(d) is "Corpus" || Path.GetFileName(d).StartsWith("HeldOut", StringComparison.Ordinal))
                .SelectMany(d => Directory.GetFiles(d, "*.txt")))
            .ToList();
        Assert.True(files.Count > 200, $"{files.Count} files");
        var matches = 0;
        foreach (var line in files.SelectMany(File.ReadLines))
        {
            var expected = Everywhere(line, 0, line.Length);
            Assert.Equal(expected, Searched(line, 0, line.Length));
            matches += expected.Count;

            // Each part between commas and semicolons on its own, as the extractor searches a clause: the search starts
            // and ends inside the line.
            for (int start = 0, stop; start < line.Length; start = stop + 1)
            {
                stop = line.IndexOfAny([',', ';'], start) is var s and >= 0 ? s : line.Length;
                Assert.Equal(Everywhere(line, start, stop), Searched(line, start, stop));
            }
        }

        Assert.True(matches > 2000, $"{matches} matches");
    }
}
