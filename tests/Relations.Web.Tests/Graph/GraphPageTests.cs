using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Relations.Web.Tests.Site;

namespace Relations.Web.Tests.Graph;

[Collection(SiteTests.Name)]
public class GraphPageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Client();

    [Fact]
    public async Task GraphPageDrawsEveryNodeAsALinkWithTitleLegendAndTable()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = doc.QuerySelector("svg.graph-svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        var hrefs = svg.QuerySelectorAll("a.graph-node").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/relations/cuba/north-korea", hrefs);
        Assert.Contains("/countries/vietnam", hrefs);
        Assert.Contains("/search?q=Koreans%20in%20Vietnam", hrefs);
        Assert.NotNull(doc.QuerySelector(".graph-legend"));
        Assert.Contains(doc.QuerySelectorAll("details.graph-table tbody tr"), tr => tr.TextContent.Contains("lists in See also", StringComparison.Ordinal));
        Assert.NotNull(doc.QuerySelector("a[href='/graph.graphml']"));
        Assert.NotNull(doc.QuerySelector("a[href='/graph.json']"));
    }

    [Fact]
    public async Task SameDatabaseServedTwiceGivesTheSameGraphPage()
    {
        using var other = site.Create(site.FullDb);
        var first = await client.GetStringAsync(new Uri("/graph", UriKind.Relative));
        var second = await other.CreateClient().GetStringAsync(new Uri("/graph", UriKind.Relative));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task CountryFilterShowsItsNeighbourhoodAndUnknownCountryIsNotFound()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph?country=laos");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hrefs = doc.QuerySelectorAll("svg a.graph-node").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/relations/laos/mongolia", hrefs);
        Assert.DoesNotContain("/relations/cuba/north-korea", hrefs);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/graph?country=atlantis", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RelationAndCountryPagesShowTheirNeighbourhood()
    {
        var (_, relation) = await Html.GetAsync(client, "/relations/cuba/north-korea");
        var hrefs = relation.QuerySelectorAll("#neighbourhood svg a.graph-node").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/relations/cuba/south-korea", hrefs);
        Assert.DoesNotContain("/relations/north-korea/vietnam", hrefs);

        var (_, deeper) = await Html.GetAsync(client, "/relations/cuba/north-korea?depth=2");
        Assert.Contains("/relations/north-korea/vietnam", deeper.QuerySelectorAll("#neighbourhood svg a.graph-node").Select(a => a.GetAttribute("href")));

        var (_, country) = await Html.GetAsync(client, "/countries/cuba");
        Assert.Contains("/relations/cuba/south-korea", country.QuerySelectorAll("#neighbourhood svg a.graph-node").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ReportListsOrphans()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph/report");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var orphans = doc.QuerySelectorAll("ul.orphans a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/relations/north-korea/vietnam", orphans);
        Assert.DoesNotContain("/relations/cuba/north-korea", orphans);
        Assert.Contains("Every link between relations goes both ways", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathGoesThroughTheSharedCountry()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph/path?from=north-korea/vietnam&to=cuba/north-korea");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var chain = doc.QuerySelectorAll("ol.graph-path li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/relations/north-korea/vietnam", "/countries/north-korea", "/relations/cuba/north-korea"], chain);
    }

    [Fact]
    public async Task PathToItselfIsTrivial()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph/path?from=cuba/north-korea&to=cuba/north-korea");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(doc.QuerySelectorAll("ol.graph-path li"));
    }

    [Fact]
    public async Task PathWithAnUnknownSlugIsAFriendlyNotFound()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph/path?from=atlantis/cuba&to=cuba/north-korea");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("atlantis/cuba", doc.QuerySelector(".problems")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("form.graph-path-form"));
    }

    [Fact]
    public async Task PathBetweenUnconnectedRelationsSaysSo()
    {
        var (response, doc) = await Html.GetAsync(client, "/graph/path?from=laos/mongolia&to=cuba/north-korea");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no path", doc.QuerySelector(".no-path")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphMlIsValidXmlWithNodeKindsAndLabels()
    {
        var response = await client.GetAsync(new Uri("/graph.graphml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Contains(xml.Root!.Elements(ns + "key"), k => (string?)k.Attribute("attr.name") == "kind");
        var node = xml.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == "relation:cuba/north-korea");
        Assert.Equal("relation", node.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "kind").Value);
        Assert.Equal("Cuba–North Korea relations", node.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "label").Value);
        Assert.Contains(xml.Descendants(ns + "edge"), e => (string?)e.Attribute("source") == "relation:cuba/north-korea" && (string?)e.Attribute("target") == "relation:cuba/south-korea");
    }

    [Fact]
    public async Task GraphJsonIsTheSameAsTheApi()
    {
        var download = await client.GetStringAsync(new Uri("/graph.json", UriKind.Relative));
        var api = await client.GetStringAsync(new Uri("/api/graph", UriKind.Relative));
        Assert.Equal(api, download);
        using var doc = JsonDocument.Parse(download);
        Assert.Contains(doc.RootElement.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("kind").GetString() == "missing");
    }
}
