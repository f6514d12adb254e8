using System.Net;
using System.Text.Json;

namespace Relations.Web.Tests.Site;

/// <summary>Pages over extracted events and persons: they pass once the extraction branch fills those tables.</summary>
[Collection(SiteTests.Name)]
[Trait("Needs", "events")]
public class EventPageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Client();

    [Fact]
    public async Task Year1960ListsTheEstablishmentAndCheGuevarasVisit()
    {
        var (response, doc) = await Html.GetAsync(client, "/years/1960");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = doc.QuerySelectorAll("li.event .event-text").Select(e => e.TextContent).ToList();
        Assert.Contains(texts, t => t.Contains("established diplomatic relations on 29 August 1960", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Che Guevara", StringComparison.Ordinal));
        Assert.NotNull(doc.QuerySelector("a[href='/people/che-guevara']"));
    }

    [Fact]
    public async Task KimIlSungListsEventsFromBothSeedRelations()
    {
        var (response, doc) = await Html.GetAsync(client, "/people/kim-il-sung");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var relations = doc.QuerySelectorAll("li.event a.relation").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Contains("/relations/cuba/north-korea", relations);
        Assert.Contains("/relations/north-korea/vietnam", relations);
    }

    [Fact]
    public async Task RelationTimelineLinksEachEventToItsSentence()
    {
        var (_, doc) = await Html.GetAsync(client, "/relations/cuba/north-korea");
        var links = doc.QuerySelectorAll("#timeline a.source").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.NotNull(doc.GetElementById(href.TrimStart('#'))));
    }

    [Fact]
    public async Task SearchReadsPersonAndDecadeFromTheBox()
    {
        var (_, doc) = await Html.GetAsync(client, "/search?q=Castro%201980s");
        var chips = doc.QuerySelectorAll(".chips li").Select(li => li.TextContent).ToList();
        Assert.Contains(chips, c => c.Contains("Decade: 1980s", StringComparison.Ordinal));
        Assert.NotEmpty(doc.QuerySelectorAll("li.event"));
    }

    [Fact]
    public async Task SearchIsDiacriticAndCaseInsensitiveAndHighlights()
    {
        var (_, doc) = await Html.GetAsync(client, "/search?q=raul");
        Assert.Contains(doc.QuerySelectorAll("li.event mark"), m => m.TextContent == "Raúl");
        Assert.NotEmpty(doc.QuerySelectorAll(".facet a"));
    }

    [Fact]
    public async Task ApiEventsFindsCheGuevaraIn1960()
    {
        var response = await client.GetAsync(new Uri("/api/events?year=1960&person=che-guevara", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        var item = json.RootElement.GetProperty("items")[0];
        foreach (var name in new[] { "date", "end", "text", "section", "kind", "persons", "line" })
        {
            Assert.True(item.TryGetProperty(name, out _), name);
        }
    }
}
