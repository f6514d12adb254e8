using System.Text.Json;
using Relations.Articles.Tests.Support;
using Xunit.Abstractions;

namespace Relations.Articles.Tests.Scoring;

/// <summary>Extraction scored against hand-checked annotations: the seeds' gold (a copy of ../shared/gold) and our own example articles.</summary>
public class GoldScoreTests(ITestOutputHelper output)
{
    private static GoldScorer ScoreFolder(string goldFolder, string articleFolder)
    {
        var scorer = new GoldScorer();
        var golds = Directory.EnumerateFiles(goldFolder, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(golds);
        foreach (var path in golds)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(path));
            var file = gold.RootElement.GetProperty("file").GetString()!;
            scorer.Score(gold.RootElement, TestArticles.Seed(Path.Combine(articleFolder, file)));
        }

        return scorer;
    }

    [Fact]
    public void SeedsMatchTheirGoldAnnotations()
    {
        var scorer = ScoreFolder(Path.Combine(Repo.Root, "tests", "Relations.Articles.Tests", "Gold"), Repo.Seeds);
        output.WriteLine(scorer.Report());

        foreach (var field in new[] { "countries", "established", "missions", "see_also" })
        {
            Assert.True(scorer[field].F1 == 1.0, scorer[field].ToString());
        }

        foreach (var score in scorer.Scores)
        {
            Assert.True(score.F1 >= 0.95, score.ToString());
        }
    }

    /// <remarks>
    /// Every set reaches the hidden set's bar (0.85). Each held-out set was annotated without seeing the code and scored
    /// before rules were drawn from it: HeldOut2 at visits 0.56, aid 0.61, persons 0.79; HeldOut3 at established 0.50,
    /// visits 0.80, aid 0.81; HeldOut4 at aid 0.83, visits 0.87, event people 0.93; HeldOut5 at aid 0.80, visits 0.87,
    /// events 0.96; HeldOut6 (aid-heavy) at visits 0.60, aid 0.64, missions 0.87, established 0.89; HeldOut7 (visit-heavy)
    /// at visits 0.82, aid 0.83, event people 0.89; HeldOut8 at aid 0.58, visits 0.76, established 0.80; HeldOut9 at
    /// visits 0.69, event people 0.81, aid 0.83; HeldOut10 at aid 0.67, established 0.89, visits 0.90; HeldOut11 at visits
    /// 0.60, aid 0.71, missions 0.86; HeldOut12 (written after session 13's rules for HeldOut10/11) at visits 0.80, aid
    /// 0.81, missions 0.82, event people 0.90; HeldOut13 at aid 0.75, missions 0.88, visits 0.88; HeldOut14 at established
    /// 0.67, visits 0.73, missions 0.77, aid 0.84; HeldOut15 (written after session 14's rules for HeldOut13/14) at aid
    /// 0.68, visits 0.77, established 0.89; HeldOut16 at aid 0.77, visits 0.89, missions 0.93; HeldOut17 (visits and aid
    /// the way editors write them) at visits 0.70, missions 0.83, aid 0.92; HeldOut18 at visits 0.83, aid 0.84, missions
    /// 0.97; HeldOut19 (people named by surname or role later, arrivals and departures) at visits 0.86, established 0.89,
    /// aid 0.90; HeldOut20 (dates as editors write them: seasons, ranges, dates counted from others) at visits 0.80, aid
    /// 0.80, event people 0.83; HeldOut21 (much of it after 2000, numbers written many ways, passive visits) at aid 0.87,
    /// established 0.89, visits 0.91; HeldOut22 (timelines, lists of ambassadors, one person named several ways) at aid
    /// 0.88, events 0.91, persons 0.96; HeldOut23 (visits told indirectly, aid in many currencies and units) at visits 0.77,
    /// aid 0.85, established 0.89; HeldOut24 (long sentences, aid in words, surnames later) at aid 0.85, visits 0.86,
    /// established 0.89; HeldOut25 (news-style, 1990–2025) at visits 0.93, aid 0.95; HeldOut26 (date styles, spelling
    /// variants, tours) at established 0.80, visits 0.84, aid 0.90; HeldOut28 and HeldOut29 (written after session 18's
    /// rules for HeldOut24–27) at aid 0.81, established 0.80, events 0.94 and at aid 0.95, missions 0.96. HeldOut27
    /// (pronouns and roles across sentences) was kept off the bar by its visits until session 22 (0.854). HeldOut30 and HeldOut31
    /// (ordinary articles, written after all of session 18's rules) opened at aid 0.84, visits 0.90 and at aid 0.86,
    /// visits 0.87, event people 0.91. Session 19's HeldOut32 and 33 opened at visits 0.85 and 0.92, aid 0.87 and 0.87,
    /// missions 0.92 and 0.97; HeldOut34 and 35 (written before the session's rules, scored after them: the starting
    /// build scores them the same) at visits 0.89 and 0.95, aid 0.89 and 0.87, persons 0.97 and 0.96; HeldOut36 and 37
    /// (written during the session, scored after all of its rules but the last three) at aid 0.77 and 0.95, visits 0.94 and
    /// 0.95. HeldOut36's aid (0.77: figures whose giver a pronoun or the sentence before names) kept it off the bar until
    /// session 20's rules (0.95). Session 20's HeldOut38 and 39 opened at visits 0.80 and 0.99, aid 0.90 and 0.82, missions
    /// 1.00 and 0.91; HeldOut40 and 41 (written during the session, scored after its rules for HeldOut36, 38 and 39) at
    /// established 0.89, event people 0.89, aid 0.89 and at aid 0.77, missions 0.94; HeldOut41's aid (0.82) kept it off the
    /// bar until session 21's rules (0.89). Session 21's HeldOut42 and 43 opened at established 0.89 and 0.89, visits 0.89
    /// and 0.90, aid 0.85 and 0.79, missions 1.00 and 0.90; HeldOut44 and 45 (written during the session, scored after its
    /// rules for HeldOut41–43) at aid 0.84 and 0.87, missions 0.86 and 0.97, visits 0.92 and 0.94. HeldOut44's aid (0.84)
    /// kept it off the bar until session 22's rules (0.89). Session 22's HeldOut46 and 47 opened at aid 0.90 and 0.94,
    /// missions 0.93 and 0.85, visits 0.92 and 0.93, persons 0.93 and 0.99; HeldOut48 and 49 (written during the session,
    /// scored after its rules for HeldOut46–47) at missions 0.84 and 0.95, visits 0.90 and 0.85, aid 0.95 and 0.89; HeldOut50
    /// and 51 (written later, scored after the rules for HeldOut48–49) at aid 0.92 and 0.87, visits 0.99 and 0.90,
    /// established 1.00 and 0.89.
    /// </remarks>
    [Theory]
    [InlineData("Corpus", 0.85)]
    [InlineData("HeldOut", 0.85)]
    [InlineData("HeldOut2", 0.85)]
    [InlineData("HeldOut3", 0.85)]
    [InlineData("HeldOut4", 0.85)]
    [InlineData("HeldOut5", 0.85)]
    [InlineData("HeldOut6", 0.85)]
    [InlineData("HeldOut7", 0.85)]
    [InlineData("HeldOut8", 0.85)]
    [InlineData("HeldOut9", 0.85)]
    [InlineData("HeldOut10", 0.85)]
    [InlineData("HeldOut11", 0.85)]
    [InlineData("HeldOut12", 0.85)]
    [InlineData("HeldOut13", 0.85)]
    [InlineData("HeldOut14", 0.85)]
    [InlineData("HeldOut15", 0.85)]
    [InlineData("HeldOut16", 0.85)]
    [InlineData("HeldOut17", 0.85)]
    [InlineData("HeldOut18", 0.85)]
    [InlineData("HeldOut19", 0.85)]
    [InlineData("HeldOut20", 0.85)]
    [InlineData("HeldOut21", 0.85)]
    [InlineData("HeldOut22", 0.85)]
    [InlineData("HeldOut23", 0.85)]
    [InlineData("HeldOut24", 0.85)]
    [InlineData("HeldOut25", 0.85)]
    [InlineData("HeldOut26", 0.85)]
    [InlineData("HeldOut27", 0.85)]
    [InlineData("HeldOut28", 0.85)]
    [InlineData("HeldOut29", 0.85)]
    [InlineData("HeldOut30", 0.85)]
    [InlineData("HeldOut31", 0.85)]
    [InlineData("HeldOut32", 0.85)]
    [InlineData("HeldOut33", 0.85)]
    [InlineData("HeldOut34", 0.85)]
    [InlineData("HeldOut35", 0.85)]
    [InlineData("HeldOut36", 0.85)]
    [InlineData("HeldOut37", 0.85)]
    [InlineData("HeldOut38", 0.85)]
    [InlineData("HeldOut39", 0.85)]
    [InlineData("HeldOut40", 0.85)]
    [InlineData("HeldOut41", 0.85)]
    [InlineData("HeldOut42", 0.85)]
    [InlineData("HeldOut43", 0.85)]
    [InlineData("HeldOut44", 0.85)]
    [InlineData("HeldOut45", 0.85)]
    [InlineData("HeldOut46", 0.85)]
    [InlineData("HeldOut47", 0.85)]
    [InlineData("HeldOut48", 0.85)]
    [InlineData("HeldOut49", 0.85)]
    [InlineData("HeldOut50", 0.85)]
    [InlineData("HeldOut51", 0.85)]
    public void ExampleArticlesMatchTheirGoldAnnotations(string set, double bar)
    {
        var folder = Path.Combine(Repo.Root, "tests", "Relations.Articles.Tests", set);
        var scorer = ScoreFolder(folder, folder);
        output.WriteLine(scorer.Report());

        foreach (var score in scorer.Scores)
        {
            Assert.True(score.F1 >= bar, score.ToString());
        }
    }
}
