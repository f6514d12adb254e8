using System.Text.Json;
using Relations.Web.Cli;
using Relations.Web.Tests.Support;

namespace Relations.Web.Tests.Import;

public sealed class CliVerbsTests : IDisposable
{
    private readonly TestCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliVerbs.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task ImportPrintsALinePerFileAndExitsZeroWhenAllImported()
    {
        var (code, output, _) = await Run("import", corpus.Seeds, "--db", corpus.Database);

        Assert.Equal(0, code);
        Assert.Contains("imported 000_f90cea442e9714b5.txt", output, StringComparison.Ordinal);
        Assert.Contains("2 imported, 0 skipped, 0 rejected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportExitsThreeWhenSomeFilesAreRejectedAndNamesFileAndLine()
    {
        corpus.Write("bad.txt", "\n\nnot a title\n", "seeds");

        var (code, output, _) = await Run("import", corpus.Seeds, "--db", corpus.Database);

        Assert.Equal(3, code);
        Assert.Contains("rejected bad.txt:3: expected a title line", output, StringComparison.Ordinal);
        Assert.True(File.Exists(corpus.Database));
    }

    [Fact]
    public async Task StrictImportFailsWithOneAndWritesNothing()
    {
        corpus.Write("bad.txt", "not a title\n", "seeds");

        var (code, _, error) = await Run("import", corpus.Seeds, "--db", corpus.Database, "--strict");

        Assert.Equal(1, code);
        Assert.Contains("was not changed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(corpus.Database));
    }

    [Theory]
    [InlineData("import", "--no-such-flag")]
    [InlineData("import", "/no/such/folder")]
    [InlineData("generate", "--articles", "ten", "--out", "x")]
    [InlineData("generate")]
    public async Task BadUsageExitsTwo(params string[] args) => Assert.Equal(2, (await Run(args)).Code);

    [Fact]
    public async Task ExportOfAMissingDatabaseIsAnErrorNotACrash()
    {
        var (code, _, error) = await Run("export", "--db", Path.Combine(corpus.Folder, "none.db"));

        Assert.Equal(1, code);
        Assert.Contains("run 'import' first", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportPrintsTheContractShapeWithNonAsciiUnescaped()
    {
        corpus.Write("bad.txt", "not a title\n", "seeds");
        await Run("import", corpus.Seeds, "--db", corpus.Database);

        var (code, json, _) = await Run("export", "--db", corpus.Database);

        Assert.Equal(0, code);
        Assert.Contains("꾸바-조선민주주의인민공화국 관계", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var cuba = doc.RootElement.GetProperty("relations").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "cuba/north-korea");
        Assert.Equal("Cuba–North Korea relations", cuba.GetProperty("title").GetString());
        Assert.Equal("1960-08-29", cuba.GetProperty("established").GetString());
        Assert.Equal(["Cuba", "North Korea"], cuba.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        foreach (var field in new[] { "missions", "events", "visits", "aid", "persons", "seeAlso" })
        {
            Assert.Equal(JsonValueKind.Array, cuba.GetProperty(field).ValueKind);
        }

        var rejected = Assert.Single(doc.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(("bad.txt", 1), (rejected.GetProperty("file").GetString(), rejected.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task StatsCountsRowsPerTable()
    {
        await Run("import", corpus.Seeds, "--db", corpus.Database);

        var (code, output, _) = await Run("stats", "--db", corpus.Database);

        Assert.Equal(0, code);
        Assert.Matches(@"relations\s+2", output);
        Assert.Matches(@"missions\s+4", output);
    }
}
