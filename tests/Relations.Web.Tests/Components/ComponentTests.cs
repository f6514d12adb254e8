using Relations.Web.Components;
using Relations.Web.Features.Events;
using Relations.Web.Features.Search;

namespace Relations.Web.Tests.Components;

public class ComponentTests
{
    private static EventItem Event(int id, string date, string text, DateOnly earliest, DateOnly latest, string precision = "year", params PersonLink[] persons) =>
        new(id, "cuba/north-korea", "Cuba–North Korea relations", date, earliest.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, precision, null, earliest, latest, "visit", text, "History", 9, 1, persons);

    [Fact]
    public async Task TimelineGroupsEventsByDecadeWithSourceLinksAndPeople()
    {
        var events = new[]
        {
            Event(1, "September 1960", "Che Guevara visited North Korea.", new(1960, 9, 1), new(1960, 9, 30), "month", new PersonLink("Che Guevara", "che-guevara")),
            Event(2, "1963", "North Korea sent flood aid.", new(1963, 1, 1), new(1963, 12, 31)),
            Event(3, "1986", "Fidel Castro visited.", new(1986, 1, 1), new(1986, 12, 31)),
        };

        var doc = await ComponentRenderer.RenderAsync<Timeline>(new Dictionary<string, object?> { ["Events"] = events });

        var decades = doc.QuerySelectorAll("section.decade h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["1960s", "1980s"], decades);
        Assert.Equal(3, doc.QuerySelectorAll("li.event").Length);
        Assert.Equal("/relations/cuba/north-korea#line-9-s1", doc.QuerySelector("a.source")!.GetAttribute("href"));
        Assert.Equal("/people/che-guevara", doc.QuerySelector("ul.people a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TimelineSaysSoWhenEmpty()
    {
        var doc = await ComponentRenderer.RenderAsync<Timeline>(new Dictionary<string, object?> { ["Events"] = Array.Empty<EventItem>(), ["EmptyText"] = "Nothing yet." });
        Assert.Equal("Nothing yet.", doc.QuerySelector("p.empty")!.TextContent);
    }

    [Fact]
    public async Task DateBadgeShowsTheOriginalWordsAndThePrecision()
    {
        var doc = await ComponentRenderer.RenderAsync<DateBadge>(new Dictionary<string, object?>
        {
            ["DateText"] = "November–December 1958",
            ["DateIso"] = "1958-11",
            ["Precision"] = "month",
            ["Qualifier"] = "circa",
            ["Broader"] = true,
        });

        Assert.Equal("November–December 1958", doc.QuerySelector("time")!.TextContent);
        Assert.Equal("1958-11", doc.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("month", doc.QuerySelector(".precision")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".precision-month"));
        Assert.Equal("circa", doc.QuerySelector(".qualifier")!.TextContent);
        Assert.Equal("broader date", doc.QuerySelector(".broader")!.TextContent);
    }

    [Fact]
    public async Task DateBadgeLeavesDecadesWithoutMachineDate()
    {
        var doc = await ComponentRenderer.RenderAsync<DateBadge>(new Dictionary<string, object?> { ["DateText"] = "the 1980s", ["DateIso"] = "1980s", ["Precision"] = "decade" });
        Assert.Null(doc.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task SearchFormIsALabelledGetFormKeepingFilters()
    {
        var filters = new SearchFilters { Q = "Castro", Person = "fidel-castro", Year = 1986 };
        var doc = await ComponentRenderer.RenderAsync<SearchForm>(new Dictionary<string, object?> { ["Query"] = "Castro <b>", ["Filters"] = filters });

        var form = doc.QuerySelector("form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = doc.QuerySelector("input[name=q]")!;
        Assert.Equal("Castro <b>", input.GetAttribute("value"));
        Assert.NotNull(doc.QuerySelector($"label[for={input.Id}]"));
        Assert.Equal("fidel-castro", doc.QuerySelector("input[type=hidden][name=person]")!.GetAttribute("value"));
        Assert.Equal("1986", doc.QuerySelector("input[name=year]")!.GetAttribute("value"));
        Assert.All(doc.QuerySelectorAll("input:not([type=hidden])"), i => Assert.NotNull(doc.QuerySelector($"label[for={i.Id}]")));
    }

    [Fact]
    public async Task MissionListShowsKindCityAndCountryLinks()
    {
        var missions = new[] { new MissionItem("Cuba", "cuba", "North Korea", "north-korea", "embassy", "Pyongyang", null) };
        var doc = await ComponentRenderer.RenderAsync<MissionList>(new Dictionary<string, object?> { ["Missions"] = missions });

        var item = doc.QuerySelector("li.mission")!;
        Assert.Contains("embassy", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pyongyang", item.QuerySelector(".city")!.TextContent);
        Assert.Equal(["/countries/cuba", "/countries/north-korea"], item.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task MissionListSaysSoWhenEmpty()
    {
        var doc = await ComponentRenderer.RenderAsync<MissionList>(new Dictionary<string, object?> { ["Missions"] = Array.Empty<MissionItem>() });
        Assert.NotNull(doc.QuerySelector("p.empty"));
    }

    [Fact]
    public void HighlightEncodesTextAndMarksFoldedWords()
    {
        var html = SearchText.Highlight("Raúl Castro said <b>\"yes\"</b>", ["raul", "castro"]);
        Assert.Equal("<mark>Raúl</mark> <mark>Castro</mark> said &lt;b&gt;&quot;yes&quot;&lt;/b&gt;", html);
    }

    [Theory]
    [InlineData("C++ \"unbalanced OR", "\"C\" \"unbalanced\" \"OR\"")]
    [InlineData("NEAR(a b)", "\"NEAR\" \"a\" \"b\"")]
    [InlineData("*", null)]
    [InlineData("-", null)]
    public void FtsQueryQuotesEveryWord(string q, string? expected) => Assert.Equal(expected, SearchText.FtsQuery(q));
}
