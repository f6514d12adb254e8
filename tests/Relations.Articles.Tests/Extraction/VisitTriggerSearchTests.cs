using Relations.Articles.Extraction;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

/// <summary>The visit pattern tried only where one of its opening words starts, against the pattern tried everywhere: an
/// alternative added to the pattern whose opening word the search does not know would be silently never tried.</summary>
public sealed class VisitTriggerSearchTests
{
    private static List<(int Index, int Length)> Searched(string text)
    {
        var found = new List<(int, int)>();
        for (var m = VisitExtractor.NextTrigger(text, 0); m.Success; m = VisitExtractor.NextTrigger(text, m.Index + m.Length))
        {
            found.Add((m.Index, m.Length));
        }

        return found;
    }

    private static List<(int Index, int Length)> Everywhere(string text) =>
        VisitExtractor.Trigger().Matches(text).Select(m => (m.Index, m.Length)).ToList();

    [Theory]
    [InlineData("During his state visit to Hanoi, Kim met Lê Duẩn; Castro's first visit to Pyongyang followed.")]
    [InlineData("She was in the Soviet Union, arrived in Moscow, landed at Vnukovo and chose Hanoi for her first trip abroad.")]
    [InlineData("Nothing here travels at all.")]
    public void FindsWhatThePatternFinds(string text) =>
        Assert.Equal(Everywhere(text), Searched(text));

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
            var expected = Everywhere(line);
            Assert.Equal(expected, Searched(line));
            matches += expected.Count;
        }

        Assert.True(matches > 2000, $"{matches} matches");
    }
}
