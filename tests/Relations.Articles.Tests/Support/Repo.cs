namespace Relations.Articles.Tests.Support;

/// <summary>Paths in the repository (found by walking up to Relations.sln), so tests read the real seed files.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string NorthKoreaVietnam => Path.Combine(Seeds, "000_f90cea442e9714b5.txt");

    public static string CubaNorthKorea => Path.Combine(Seeds, "002_bde09c3ab8031452.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Relations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Relations.sln not found above " + AppContext.BaseDirectory);
    }
}
