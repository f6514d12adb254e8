namespace Relations.Bench;

/// <summary>Finds the repository's files from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class Corpus
{
    public static string RepoFile(string relative)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Relations.sln")))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}; run from the repository.", relative);
    }
}
