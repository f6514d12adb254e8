using System.Net;
using System.Text.Json;

namespace Relations.Web.Tests.Site;

[Collection(SiteTests.Name)]
public class ApiTests(SiteFixture site)
{
    private readonly HttpClient client = site.Client();

    private async Task<JsonElement> JsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static string[] Names(JsonElement o) => [.. o.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task RelationListHasSlugTitleCountriesEstablishedAndEventCount()
    {
        var list = await JsonAsync("/api/relations");
        var cuba = list.EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "cuba/north-korea");
        Assert.Equal(["slug", "title", "countries", "established", "events"], Names(cuba));
        Assert.Equal("1960-08-29", cuba.GetProperty("established").GetString());
        Assert.Equal(["Cuba", "North Korea"], cuba.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task RelationDocumentMatchesTheExportContract()
    {
        var r = await JsonAsync("/api/relations/cuba/north-korea");
        foreach (var name in new[] { "slug", "title", "file", "countries", "established", "missions", "events", "visits", "aid", "persons", "seeAlso" })
        {
            Assert.Contains(name, Names(r));
        }

        var mission = r.GetProperty("missions")[0];
        foreach (var name in new[] { "sending", "host", "kind", "city", "name" })
        {
            Assert.Contains(name, Names(mission));
        }

        var seeAlso = r.GetProperty("seeAlso").EnumerateArray().Single(s => s.GetProperty("title").GetString() == "Cuba–South Korea relations");
        Assert.Equal(["title", "kind", "target"], Names(seeAlso));
        Assert.Equal("cuba/south-korea", seeAlso.GetProperty("target").GetString());
    }

    [Fact]
    public async Task UnknownThingsAreNotFoundProblems()
    {
        foreach (var url in new[] { "/api/relations/cuba/atlantis", "/api/countries/atlantis", "/api/people/nobody", "/api/nothing-here" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("/api/events?year=abc")]
    [InlineData("/api/events?from=2000&to=1990")]
    [InlineData("/api/events?page=0")]
    public async Task BadEventFiltersAreValidationProblems(string url)
    {
        var problem = await JsonAsync(url, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task OverlongQueryIsAValidationProblem()
    {
        var problem = await JsonAsync("/api/events?q=" + new string('x', 300), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Theory]
    [InlineData("C%2B%2B%20%22unbalanced%20OR")]
    [InlineData("NEAR%20*%20-%20(%20)")]
    [InlineData("Cuba")]
    public async Task EventSearchIsPagedWithTotals(string q)
    {
        var page = await JsonAsync("/api/events?q=" + q);
        Assert.Equal(["total", "page", "pageSize", "items"], Names(page));
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task CountryDocumentNamesItsRelations()
    {
        var c = await JsonAsync("/api/countries/cuba");
        Assert.Equal("Cuba", c.GetProperty("name").GetString());
        Assert.Contains("cuba/north-korea", c.GetProperty("relations").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("cuba/south-korea", c.GetProperty("relations").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task GraphHasRelationAndCountryNodesWithEdges()
    {
        var g = await JsonAsync("/api/graph");
        var nodes = g.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains("relation:cuba/north-korea", nodes);
        Assert.Contains("country:cuba", nodes);
        var edges = g.GetProperty("edges").EnumerateArray().ToList();
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "seeAlso" && e.GetProperty("to").GetString() == "relation:cuba/south-korea");
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "party" && e.GetProperty("to").GetString() == "country:north-korea");
    }

    [Fact]
    public async Task CsvOfARelationsEventsHasAHeader()
    {
        var response = await client.GetAsync(new Uri("/relations/cuba/north-korea/events.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("relation,date,end,dateText", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var all = await client.GetAsync(new Uri("/api/events.csv?country=cuba", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheRelationsEndpoint()
    {
        var doc = await JsonAsync("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/relations", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/events", out _));
    }

    [Fact]
    public async Task RateLimiterAnswersTooManyRequestsWithRetryAfter()
    {
        using var limited = site.Create(site.FullDb, ("RateLimiting:PermitsPerSecond", "2"), ("RateLimiting:QueueLimit", "0"));
        var limitedClient = site.Client(limited);
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            responses.Add(await limitedClient.GetAsync(new Uri("/api/relations", UriKind.Relative)));
        }

        var refused = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter is not null);

        // Pages outside /search are not limited.
        Assert.Equal(HttpStatusCode.OK, (await limitedClient.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }
}
