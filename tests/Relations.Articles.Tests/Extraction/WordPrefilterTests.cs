using Relations.Articles.Extraction;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

/// <summary>Patterns run only on text that holds one of their words, against the patterns run on all text: an alternative
/// added to a pattern without its word in the prefilter would be silently never tried.</summary>
public sealed class WordPrefilterTests
{
    private static IEnumerable<string> Lines()
    {
        var root = Path.Combine(Repo.Root, "tests", "Relations.Articles.Tests");
        var files = Directory.GetFiles(Repo.Seeds, "*.txt")
            .Concat(Directory.GetDirectories(root).Where(d => Path.GetFileName(d) is "Corpus" || Path.GetFileName(d).StartsWith("HeldOut", StringComparison.Ordinal))
                .SelectMany(d => Directory.GetFiles(d, "*.txt")))
            .ToList();
        Assert.True(files.Count > 200, $"{files.Count} files");
        return files.SelectMany(File.ReadLines);
    }

    [Theory]
    [InlineData("Relations deteriorated after 1979.", true)]
    [InlineData("Hanoi BRO\u212AE OFF relations with Beijing.", true)]
    [InlineData("Trade grew.", false)]
    public void CoolingFindsWhatThePatternFinds(string clause, bool cooling)
    {
        Assert.Equal(cooling, EventKinds.Cooling().IsMatch(clause));
        Assert.Equal(cooling, EventKinds.IsCooling(clause));
    }

    [Fact]
    public void CoolingFindsWhatThePatternFindsOnEveryLineOfTheSeedsAndTestArticles()
    {
        var matches = 0;
        foreach (var line in Lines())
        {
            var expected = EventKinds.Cooling().IsMatch(line);
            Assert.True(expected == EventKinds.IsCooling(line), line);
            matches += expected ? 1 : 0;
        }

        Assert.True(matches > 200, $"{matches} matches");
    }

    [Theory]
    [InlineData(" Havana, but the visit was postponed.", true)]
    [InlineData(" Hanoi, but it never took place.", true)]
    [InlineData(" Bonn in May, due to last three days.", true)]
    [InlineData(" Pyongyang in 1986 and met Kim Il Sung.", false)]
    public void CalledOffFindsWhatThePatternFinds(string rest, bool calledOff)
    {
        Assert.Equal(calledOff, VisitExtractor.CalledOff().IsMatch(rest));
        Assert.Equal(calledOff, VisitExtractor.IsCalledOff(rest));
    }

    [Fact]
    public void CalledOffFindsWhatThePatternFindsOnEveryLineOfTheSeedsAndTestArticles()
    {
        var matches = 0;
        foreach (var line in Lines())
        {
            // The pattern is anchored at the start of the rest of a clause: the rest after each word of the line.
            for (var at = line.IndexOf(' ', StringComparison.Ordinal); at >= 0; at = line.IndexOf(' ', at + 1))
            {
                var rest = line.AsSpan(at);
                var expected = VisitExtractor.CalledOff().IsMatch(rest);
                Assert.True(expected == VisitExtractor.IsCalledOff(rest), line[at..]);
                matches += expected ? 1 : 0;
            }
        }

        Assert.True(matches > 200, $"{matches} matches");
    }
}
