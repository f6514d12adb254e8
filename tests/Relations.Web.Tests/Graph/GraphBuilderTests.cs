using Relations.Web.Components;
using Relations.Web.Data;
using Relations.Web.Features.Graph;
using Relations.Web.Tests.Components;
using Relations.Web.Tests.Site;

namespace Relations.Web.Tests.Graph;

public class GraphBuilderTests
{
    private static readonly GraphRelationRow[] Relations =
    [
        new("cuba/north-korea", "Cuba–North Korea relations", "cuba", "Cuba", "north-korea", "North Korea"),
        new("cuba/south-korea", "Cuba–South Korea relations", "cuba", "Cuba", "south-korea", "South Korea"),
        new("north-korea/vietnam", "North Korea–Vietnam relations", "north-korea", "North Korea", "vietnam", "Vietnam"),
        new("laos/mongolia", "Laos–Mongolia relations", "laos", "Laos", "mongolia", "Mongolia"),
    ];

    private static readonly GraphSeeAlsoRow[] SeeAlso =
    [
        new("cuba/north-korea", "Foreign relations of Cuba", "country", "cuba", true),
        new("cuba/north-korea", "Cuba–South Korea relations", "relation", "cuba/south-korea", true),
        new("cuba/north-korea", "North Korea–Vietnam relations", "relation", "north-korea/vietnam", true),
        new("cuba/south-korea", "Cuba–North Korea relations", "relation", "cuba/north-korea", true),
        new("north-korea/vietnam", "Koreans in Vietnam", "topic", null, false),
        new("north-korea/vietnam", "South Korea–Vietnam relations", "relation", "south-korea/vietnam", false),
        new("north-korea/vietnam", "Foreign relations of Atlantis", "country", null, false),
    ];

    private static SeeAlsoGraph Build() => GraphBuilder.Build(Relations, SeeAlso);

    [Fact]
    public void BuildsRelationCountryTopicAndMissingNodesWithPartyAndSeeAlsoEdges()
    {
        var g = Build();
        Assert.Equal(GraphNodeKind.Relation, g.Find("relation:cuba/north-korea")!.Kind);
        Assert.Equal(GraphNodeKind.Country, g.Find("country:vietnam")!.Kind);
        Assert.Equal(GraphNodeKind.Topic, g.Find("topic:koreans-in-vietnam")!.Kind);
        Assert.Equal(GraphNodeKind.Missing, g.Find("missing:south-korea/vietnam")!.Kind);
        // A country that is not in the corpus has no page: it becomes a topic that links to a search.
        Assert.Equal("/search?q=Foreign%20relations%20of%20Atlantis", g.Find("topic:foreign-relations-of-atlantis")!.Href);
        Assert.Contains(new GraphEdge("relation:cuba/north-korea", "country:north-korea", GraphEdgeKind.Party), g.Edges);
        Assert.Contains(new GraphEdge("relation:cuba/north-korea", "relation:cuba/south-korea", GraphEdgeKind.SeeAlso), g.Edges);
        Assert.Contains(new GraphEdge("relation:cuba/north-korea", "country:cuba", GraphEdgeKind.SeeAlso), g.Edges);
        Assert.Equal(8, g.Edges.Count(e => e.Kind == GraphEdgeKind.Party));
        Assert.Equal(4, g.RelationCount);
    }

    [Fact]
    public void IsDeterministicWhateverTheRowOrder()
    {
        var a = Build();
        var b = GraphBuilder.Build(Relations.Reverse(), SeeAlso.Reverse());
        Assert.Equal(a.Nodes, b.Nodes);
        Assert.Equal(a.Edges, b.Edges);
        Assert.Equal(a.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), a.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void NeighbourhoodOfDepthOneKeepsTheCountriesOfEveryRelationReached()
    {
        var part = Build().Neighbourhood("relation:cuba/south-korea", 1);
        var ids = part.Nodes.Select(n => n.Id).ToList();
        Assert.Contains("relation:cuba/north-korea", ids);
        Assert.Contains("country:north-korea", ids);
        Assert.DoesNotContain("relation:north-korea/vietnam", ids);
        Assert.Contains("relation:north-korea/vietnam", Build().Neighbourhood("relation:cuba/south-korea", 2).Nodes.Select(n => n.Id));
        Assert.Empty(Build().Neighbourhood("relation:nowhere/atlantis", 1).Nodes);
    }

    [Fact]
    public void ReportFindsOneWayLinksAndOrphans()
    {
        var report = GraphReport.Of(Build());
        var oneWay = Assert.Single(report.OneWay);
        Assert.Equal(("relation:cuba/north-korea", "relation:north-korea/vietnam"), (oneWay.From.Id, oneWay.To.Id));
        // Laos–Mongolia lists nothing and nothing lists it; North Korea–Vietnam is listed by Cuba–North Korea.
        Assert.Equal(["relation:laos/mongolia"], report.Orphans.Select(o => o.Id));
    }

    [Fact]
    public void ShortestPathFollowsSeeAlsoBothWaysAndSharedCountries()
    {
        var g = Build();
        var path = GraphPaths.Shortest(g, "relation:cuba/south-korea", "relation:north-korea/vietnam")!;
        Assert.Equal(["relation:cuba/south-korea", "relation:cuba/north-korea", "relation:north-korea/vietnam"], path.Select(s => s.Node.Id));
        Assert.Equal([null, GraphPaths.ListsInSeeAlso, GraphPaths.ListsInSeeAlso], path.Select(s => s.Via));

        var back = GraphPaths.Shortest(g, "relation:north-korea/vietnam", "relation:cuba/south-korea")!;
        Assert.Equal(GraphPaths.ListedBy, back[1].Via);
    }

    [Fact]
    public void ShortestPathToItselfIsOneStepAndUnreachableIsNull()
    {
        var g = Build();
        var same = GraphPaths.Shortest(g, "relation:cuba/north-korea", "relation:cuba/north-korea")!;
        Assert.Equal("relation:cuba/north-korea", Assert.Single(same).Node.Id);
        Assert.Null(GraphPaths.Shortest(g, "relation:laos/mongolia", "relation:cuba/north-korea"));
        // Topics are not stepping stones: they are not pages of the corpus.
        Assert.Null(GraphPaths.Shortest(g, "relation:cuba/north-korea", "topic:koreans-in-vietnam"));
    }

    [Theory]
    [InlineData("cuba/north-korea", "relation:cuba/north-korea")]
    [InlineData("north-korea/cuba", "relation:cuba/north-korea")]
    [InlineData("Cuba", "country:cuba")]
    [InlineData("atlantis", null)]
    [InlineData("", null)]
    public void ResolvesSlugsToNodes(string slug, string? id) => Assert.Equal(id, GraphPaths.Resolve(Build(), slug)?.Id);

    [Fact]
    public void CountryLevelGraphWeighsRelationsAndSeeAlsoLinks()
    {
        var countries = CountryGraph.Of(Build(), 10);
        // Cuba–North Korea and Cuba–South Korea list each other: North Korea and South Korea are joined by two See also links.
        var korea = countries.Links.Single(l => l.First.Key == "north-korea" && l.Second.Key == "south-korea");
        Assert.Equal((0, 2), (korea.Relations, korea.SeeAlso));
        Assert.Equal(2, countries.Countries.Single(c => c.Country.Key == "north-korea").Relations);
        Assert.Single(CountryGraph.Of(Build(), 1).Links);
    }

    [Fact]
    public void LayoutGivesTheSameCoordinatesEveryTime()
    {
        var a = GraphLayout.Nodes(Build());
        var b = GraphLayout.Nodes(GraphBuilder.Build(Relations.Reverse(), SeeAlso.Reverse()));
        Assert.Equal(a.Nodes.Select(n => (n.Node.Id, n.X, n.Y)), b.Nodes.Select(n => (n.Node.Id, n.X, n.Y)));
        Assert.All(a.Nodes, n => Assert.InRange(n.X, 0, a.Size));
        Assert.All(a.Nodes, n => Assert.InRange(n.Y, 0, a.Size));
    }

    [Fact]
    public async Task SvgHasATitleADescriptionLinkedNodesALegendAndATable()
    {
        var picture = GraphLayout.Nodes(Build());
        var doc = await ComponentRenderer.RenderAsync<GraphSvg>(new Dictionary<string, object?> { ["Picture"] = picture, ["Title"] = "The graph" });
        var svg = doc.QuerySelector("svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal("The graph", svg.QuerySelector("title")!.TextContent);
        Assert.NotEmpty(svg.QuerySelector("desc")!.TextContent);
        var hrefs = svg.QuerySelectorAll("a.graph-node").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(picture.Nodes.Count, hrefs.Count);
        Assert.Contains("/relations/cuba/north-korea", hrefs);
        Assert.Contains("/countries/cuba", hrefs);
        Assert.Contains("/search?q=Koreans%20in%20Vietnam", hrefs);
        Assert.NotNull(doc.QuerySelector("ul.graph-legend"));
        Assert.Equal(picture.Edges.Count, doc.QuerySelectorAll("details.graph-table tbody tr").Length);
    }
}

/// <summary>The graph built from a real imported database.</summary>
[Collection(SiteTests.Name)]
public class GraphDatabaseTests(SiteFixture site)
{
    [Fact]
    public async Task SameDatabaseTwiceGivesTheSameSvg()
    {
        async Task<string> RenderAsync()
        {
            await using var db = DatabaseFile.OpenReadOnly(site.FullDb);
            var picture = GraphLayout.Nodes(await GraphBuilder.LoadAsync(db));
            var doc = await ComponentRenderer.RenderAsync<GraphSvg>(new Dictionary<string, object?> { ["Picture"] = picture, ["Title"] = "Corpus" });
            return doc.Body!.InnerHtml;
        }

        var first = await RenderAsync();
        Assert.Equal(first, await RenderAsync());
        Assert.Contains("relation:cuba/north-korea", (await LoadAsync()).Nodes.Select(n => n.Id));
    }

    private async Task<SeeAlsoGraph> LoadAsync()
    {
        await using var db = DatabaseFile.OpenReadOnly(site.FullDb);
        return await GraphBuilder.LoadAsync(db);
    }
}
