namespace Relations.Web.Features.Graph;

/// <summary>A node of /api/graph and /graph.json: "relation:cuba/north-korea", "country:cuba", "topic:koreans-in-vietnam", "missing:south-korea/vietnam".</summary>
public sealed record GraphJsonNode(string Id, string Kind, string Label, bool InCorpus, string Href);

/// <summary>An edge of /api/graph: "party" (relation → country) or "seeAlso" (relation → anything).</summary>
public sealed record GraphJsonEdge(string From, string To, string Kind);

public sealed record GraphDocument(IReadOnlyList<GraphJsonNode> Nodes, IReadOnlyList<GraphJsonEdge> Edges);

/// <summary>The JSON shape of the See also graph.</summary>
public static class RelationGraph
{
    public static GraphDocument Document(SeeAlsoGraph graph) => new(
        [.. graph.Nodes.Select(n => new GraphJsonNode(n.Id, n.Kind, n.Label, n.InCorpus, n.Href))],
        [.. graph.Edges.Select(e => new GraphJsonEdge(e.From, e.To, e.Kind))]);
}
