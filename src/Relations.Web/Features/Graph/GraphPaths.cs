namespace Relations.Web.Features.Graph;

/// <summary>A step of a path: the node reached and how it was reached from the step before (null for the first).</summary>
public sealed record PathStep(GraphNode Node, string? Via);

/// <summary>Shortest paths over See also links (either direction) and shared countries (relation — country — relation).</summary>
public static class GraphPaths
{
    public const string ListsInSeeAlso = "lists in See also";
    public const string ListedBy = "is listed in See also by";
    public const string HasParty = "is a relation of";
    public const string IsPartyOf = "has the relation";

    /// <summary>"cuba/north-korea" → the relation node (either order), "cuba" → the country node; null when not in the corpus.</summary>
    public static GraphNode? Resolve(SeeAlsoGraph graph, string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        slug = slug.Trim().Trim('/').ToLowerInvariant();
        if (slug.Split('/') is [var a, var b])
        {
            return graph.Find(GraphNode.RelationId($"{a}/{b}")) ?? graph.Find(GraphNode.RelationId($"{b}/{a}"));
        }

        return graph.Find(GraphNode.CountryId(slug));
    }

    /// <summary>Breadth-first search; neighbours are visited in the graph's (sorted) edge order, so the answer is deterministic. Null when there is no path.</summary>
    public static IReadOnlyList<PathStep>? Shortest(SeeAlsoGraph graph, string fromId, string toId)
    {
        if (graph.Find(fromId) is not { } from || graph.Find(toId) is null)
        {
            return null;
        }

        if (fromId == toId)
        {
            return [new PathStep(from, null)];
        }

        var parent = new Dictionary<string, (string Previous, string Via)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { fromId };
        var queue = new Queue<string>();
        queue.Enqueue(fromId);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            // A relation's own See also items first: of two ways to the same node, the article's own link is the one to show.
            foreach (var e in graph.EdgesOf(id).OrderBy(e => e.From != id))
            {
                var forward = e.From == id;
                var other = forward ? e.To : e.From;
                var node = graph.Find(other)!;
                if (!node.InCorpus || !seen.Add(other))
                {
                    continue;
                }

                var via = (e.Kind, forward) switch
                {
                    (GraphEdgeKind.SeeAlso, true) => ListsInSeeAlso,
                    (GraphEdgeKind.SeeAlso, false) => ListedBy,
                    (_, true) => HasParty,
                    _ => IsPartyOf,
                };
                parent[other] = (id, via);
                if (other == toId)
                {
                    return Chain(graph, parent, fromId, toId);
                }

                queue.Enqueue(other);
            }
        }

        return null;
    }

    private static List<PathStep> Chain(SeeAlsoGraph graph, Dictionary<string, (string Previous, string Via)> parent, string fromId, string toId)
    {
        var steps = new List<PathStep>();
        for (var id = toId; id != fromId; id = parent[id].Previous)
        {
            steps.Add(new PathStep(graph.Find(id)!, parent[id].Via));
        }

        steps.Add(new PathStep(graph.Find(fromId)!, null));
        steps.Reverse();
        return steps;
    }
}
