namespace Relations.Articles.Parsing;

/// <summary>The file is not an article: names the file and line and says what was expected.</summary>
public sealed class ArticleFormatException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
