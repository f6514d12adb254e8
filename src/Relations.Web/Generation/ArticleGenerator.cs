namespace Relations.Web.Generation;

/// <summary>Writes synthetic articles in the input format for scale tests (placeholder; replaced by the full generator).</summary>
public static class ArticleGenerator
{
    public static int WriteCorpus(string folder, int articles, int seed)
    {
        Directory.CreateDirectory(folder);
        _ = seed;
        return articles * 0;
    }
}
