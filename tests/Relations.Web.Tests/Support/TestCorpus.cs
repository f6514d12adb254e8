using System.Text;

namespace Relations.Web.Tests.Support;

/// <summary>A temporary folder with copies of the real seeds and any extra articles a test writes; deleted on dispose.</summary>
public sealed class TestCorpus : IDisposable
{
    public TestCorpus()
    {
        Folder = Directory.CreateTempSubdirectory("relations-test-").FullName;
        Seeds = Path.Combine(Folder, "seeds");
        Directory.CreateDirectory(Seeds);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(RepoRoot, "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(Seeds, Path.GetFileName(seed)));
        }

        Database = Path.Combine(Folder, "data", "relations.db");
    }

    public static string RepoRoot { get; } = FindRoot();

    public string Folder { get; }

    public string Seeds { get; }

    public string Database { get; }

    /// <summary>Writes an article into a folder of its own (not the seeds) and returns its path.</summary>
    public string Write(string name, string text, string folder = "extra")
    {
        var dir = Path.Combine(Folder, folder);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes, string folder = "extra")
    {
        var dir = Path.Combine(Folder, folder);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow CI machine is left for the OS to clean up.
        }
    }

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
