using System.Net;
using System.Text.Json;
using Relations.Web.Tests.Site;

namespace Relations.Web.Tests.Quality;

[Collection(SiteTests.Name)]
public class ImportPageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Client();

    [Fact]
    public async Task ListsTheFileNotImportedWithItsLineAndEveryFileWithItsHash()
    {
        var (response, doc) = await Html.GetAsync(client, "/import");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Import report", doc.QuerySelector("h1")!.TextContent);
        var rejected = doc.QuerySelector("#rejected")!.TextContent;
        Assert.Contains("not-a-relation.txt:1", rejected, StringComparison.Ordinal);
        Assert.Contains("not a relation title", rejected, StringComparison.Ordinal);
        var files = doc.QuerySelectorAll("table.source-files tbody tr");
        Assert.Equal(5, files.Length);
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{12}$", f.QuerySelector("code")!.TextContent));
        Assert.NotNull(doc.QuerySelector(".quality-counts"));
    }

    [Fact]
    public async Task ListsApproximateDatesAndOneSidedFindings()
    {
        var (_, doc) = await Html.GetAsync(client, "/import");
        // "In the 1960s, North Korea sent a 103-man work brigade": a decade.
        Assert.Contains(doc.QuerySelectorAll("table.approximate tbody th"), th => th.TextContent.Contains("1960s", StringComparison.Ordinal));
        Assert.NotNull(doc.QuerySelector("#years"));
        Assert.NotNull(doc.QuerySelector("#missions"));
    }

    [Fact]
    public async Task JsonTwinHasTheSameCounts()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/import", UriKind.Relative)));
        var counts = json.RootElement.GetProperty("counts");
        Assert.Equal(5, counts.GetProperty("files").GetInt32());
        Assert.Equal(1, counts.GetProperty("notImported").GetInt32());
        var rejected = json.RootElement.GetProperty("notImported")[0];
        Assert.Equal("not-a-relation.txt", rejected.GetProperty("file").GetString());
        Assert.Equal(1, rejected.GetProperty("line").GetInt32());
    }
}
