namespace Relations.Articles.Tests.Parsing;

/// <summary>The prose paragraphs of the seed articles in seeds/ (headings, infobox and list lines left out).</summary>
internal static class SeedArticles
{
    public const string NorthKoreaVietnam = "000_f90cea442e9714b5.txt";
    public const string CubaNorthKorea = "002_bde09c3ab8031452.txt";

    public static IReadOnlyList<string> Paragraphs(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(SeedsDirectory(), file));
        return lines.Where(l => l.Length > 0 && l[0] is not ('=' or '-') && l != "Infobox").ToList();
    }

    private static string SeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
