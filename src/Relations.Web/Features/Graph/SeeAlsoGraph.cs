namespace Relations.Web.Features.Graph;

/// <summary>The four node kinds, as they appear in ids ("relation:cuba/north-korea") and in the JSON and GraphML.</summary>
public static class GraphNodeKind
{
    public const string Relation = "relation";
    public const string Country = "country";
    public const string Topic = "topic";

    /// <summary>A See also item naming an "A–B relations" article that is not in the corpus.</summary>
    public const string Missing = "missing";
}

public static class GraphEdgeKind
{
    /// <summary>A relation to one of its two countries.</summary>
    public const string Party = "party";

    /// <summary>A See also item: from the relation that lists it to its target.</summary>
    public const string SeeAlso = "seeAlso";
}

/// <summary>A node: <paramref name="Key"/> is the slug (relation "a/b", country, or the slug of a topic's title).</summary>
public sealed record GraphNode(string Id, string Kind, string Label, string Key)
{
    public static string RelationId(string slug) => GraphNodeKind.Relation + ":" + slug;

    public static string CountryId(string slug) => GraphNodeKind.Country + ":" + slug;

    /// <summary>True for relations and countries: nodes with a page of their own.</summary>
    public bool InCorpus => Kind is GraphNodeKind.Relation or GraphNodeKind.Country;

    /// <summary>Where the node links to: its page, or a search for a topic or missing relation.</summary>
    public string Href => Kind switch
    {
        GraphNodeKind.Relation => "/relations/" + Key,
        GraphNodeKind.Country => "/countries/" + Key,
        _ => "/search?q=" + Uri.EscapeDataString(Label),
    };

    /// <summary>"Cuba–North Korea" for "Cuba–North Korea relations": labels in a picture stay short.</summary>
    public string ShortLabel => Kind is GraphNodeKind.Relation or GraphNodeKind.Missing && Label.EndsWith(" relations", StringComparison.OrdinalIgnoreCase)
        ? Label[..^" relations".Length]
        : Label;
}

public sealed record GraphEdge(string From, string To, string Kind);

/// <summary>The whole See also graph with an index for neighbourhoods and paths (built once per database, cached).</summary>
public sealed class SeeAlsoGraph
{
    private readonly Dictionary<string, GraphNode> byId;
    private readonly Dictionary<string, List<GraphEdge>> incident;

    public SeeAlsoGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        Nodes = nodes;
        Edges = edges;
        byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        incident = new Dictionary<string, List<GraphEdge>>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            Incident(e.From).Add(e);
            Incident(e.To).Add(e);
        }
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public int RelationCount => Nodes.Count(n => n.Kind == GraphNodeKind.Relation);

    public GraphNode? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Edges touching <paramref name="id"/>, in the graph's order.</summary>
    public IReadOnlyList<GraphEdge> EdgesOf(string id) => incident.TryGetValue(id, out var list) ? list : [];

    /// <summary>
    /// The nodes within <paramref name="depth"/> edges of <paramref name="centre"/> (either direction), plus the two countries of every
    /// relation reached (so each relation can be placed between them), and the edges among them.
    /// </summary>
    public SeeAlsoGraph Neighbourhood(string centre, int depth)
    {
        if (!byId.ContainsKey(centre))
        {
            return new SeeAlsoGraph([], []);
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { centre };
        var frontier = new List<string> { centre };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var e in EdgesOf(id))
                {
                    var other = e.From == id ? e.To : e.From;
                    if (reached.Add(other))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        foreach (var id in reached.ToList())
        {
            if (byId[id].Kind == GraphNodeKind.Relation)
            {
                reached.UnionWith(EdgesOf(id).Where(e => e.From == id && e.Kind == GraphEdgeKind.Party).Select(e => e.To));
            }
        }

        return new SeeAlsoGraph(
            [.. Nodes.Where(n => reached.Contains(n.Id))],
            [.. Edges.Where(e => reached.Contains(e.From) && reached.Contains(e.To))]);
    }

    private List<GraphEdge> Incident(string id)
    {
        if (!incident.TryGetValue(id, out var list))
        {
            list = [];
            incident[id] = list;
        }

        return list;
    }
}
