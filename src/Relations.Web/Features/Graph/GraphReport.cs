namespace Relations.Web.Features.Graph;

/// <summary>A resolved relation link without its reverse: <paramref name="From"/> lists <paramref name="To"/>, which does not list it back.</summary>
public sealed record OneWayLink(GraphNode From, GraphNode To);

/// <summary>What /graph/report shows: one-way links and orphans.</summary>
public sealed record GraphReportPage(IReadOnlyList<OneWayLink> OneWay, IReadOnlyList<GraphNode> Orphans, int Relations, int RelationLinks);

public static class GraphReport
{
    public static GraphReportPage Of(SeeAlsoGraph graph)
    {
        var relationLinks = graph.Edges
            .Where(e => e.Kind == GraphEdgeKind.SeeAlso && graph.Find(e.To)!.Kind == GraphNodeKind.Relation)
            .ToList();
        var pairs = relationLinks.Select(e => (e.From, e.To)).ToHashSet();
        var oneWay = relationLinks
            .Where(e => !pairs.Contains((e.To, e.From)))
            .Select(e => new OneWayLink(graph.Find(e.From)!, graph.Find(e.To)!))
            .ToList();

        // An orphan: no See also item anywhere points to it, and none of its own items leads to a page of the corpus.
        var orphans = graph.Nodes
            .Where(n => n.Kind == GraphNodeKind.Relation)
            .Where(n => !graph.EdgesOf(n.Id).Any(e => e.Kind == GraphEdgeKind.SeeAlso && (e.To == n.Id || graph.Find(e.To)!.InCorpus)))
            .ToList();
        return new GraphReportPage(oneWay, orphans, graph.RelationCount, relationLinks.Count);
    }
}
