using Relations.Web.Components;
using Relations.Web.Features.Charts;
using Relations.Web.Features.Events;
using Relations.Web.Tests.Components;
using Relations.Web.Tests.Site;

namespace Relations.Web.Tests.Charts;

[Collection(SiteTests.Name)]
public class ChartPageTests(SiteFixture site)
{
    private readonly HttpClient client = site.Client();

    [Fact]
    public async Task RelationPageDrawsTheRubleSeriesAsFourBarsWithItsTable()
    {
        var (_, doc) = await Html.GetAsync(client, "/relations/north-korea/vietnam");
        var chart = doc.QuerySelectorAll("figure.aid-chart").Single(f => f.QuerySelector("figcaption")!.TextContent.Contains("rubles", StringComparison.Ordinal));
        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Contains("1966–1969", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, svg.QuerySelectorAll("rect.chart-bar").Length);
        var rows = chart.QuerySelectorAll("table tbody tr").Select(r => r.TextContent.Replace("\n", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("12,300,000", rows[0], StringComparison.Ordinal);
        Assert.Contains("20,000,000", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePageHasEventsPerDecadeLinkedToDecadePages()
    {
        var (_, doc) = await Html.GetAsync(client, "/");
        var chart = doc.QuerySelector("figure.decade-chart")!;
        Assert.Equal("group", chart.QuerySelector("svg")!.GetAttribute("role"));
        var links = chart.QuerySelectorAll("svg a.chart-bar-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/years/1960s", links);
        Assert.All(links, l => Assert.Matches("^/years/[0-9]{3}0s$", l!));
        Assert.Equal(links.Count, chart.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task RelationPageHasItsOwnDecadeChart()
    {
        var (_, doc) = await Html.GetAsync(client, "/relations/cuba/north-korea");
        var links = doc.QuerySelectorAll("#timeline figure.decade-chart svg a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/years/1960s", links[0]);
        Assert.Equal("/years/2020s", links[^1]);
    }

    [Fact]
    public async Task AidChartSkipsSeriesWithFewerThanTwoYears()
    {
        AidItem Aid(int? year, double amount, string unit) => new("North Korea", "north-korea", "Vietnam", "vietnam", year, amount, unit, "aid", "north-korea/vietnam", 13);
        var doc = await ComponentRenderer.RenderAsync<AidChart>(new Dictionary<string, object?>
        {
            ["Aid"] = new[] { Aid(1966, 1, "rubles"), Aid(1967, 2, "rubles"), Aid(1967, 3, "rubles"), Aid(1968, 5, "pilots"), Aid(null, 7, "rifles") },
        });
        var chart = Assert.Single(doc.QuerySelectorAll("figure.aid-chart"));
        Assert.Equal(2, chart.QuerySelectorAll("rect.chart-bar").Length);
        Assert.Equal("5", chart.QuerySelectorAll("table tbody td")[1].TextContent);
        Assert.Equal(["1960s", "1970s", "1980s"], ChartSeries.Decades([(1960, 2), (1980, 1)]).Select(b => b.Label));
    }
}
