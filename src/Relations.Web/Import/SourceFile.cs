using System.Security.Cryptography;

namespace Relations.Web.Import;

/// <summary>One input file: its name (the corpus key), content and SHA-256.</summary>
public sealed record SourceFile(string Name, byte[] Content, DateTimeOffset FirstImported)
{
    public string Hash { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>The *.txt files of the given files and folders, sorted by name; a missing path is a usage error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.TopDirectoryOnly));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }

        return files.OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
    }
}
