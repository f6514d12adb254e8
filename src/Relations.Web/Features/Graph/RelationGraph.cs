using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;

namespace Relations.Web.Features.Graph;

/// <summary>A node: a relation ("relation:cuba/north-korea"), a country ("country:cuba") or a topic ("topic:koreans-in-vietnam").</summary>
public sealed record GraphNode(string Id, string Kind, string Label, bool InCorpus);

/// <summary>An edge: "party" (relation → country) or "seeAlso" (relation → anything).</summary>
public sealed record GraphEdge(string From, string To, string Kind);

public sealed record GraphDocument(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

public static class RelationGraph
{
    public static async Task<GraphDocument> LoadAsync(RelationsDb db, CancellationToken ct = default)
    {
        var relations = await db.Relations.OrderBy(r => r.Slug)
            .Select(r => new { r.Slug, r.Title, A = r.FirstCountry.Slug, AName = r.FirstCountry.Name, B = r.SecondCountry.Slug, BName = r.SecondCountry.Name })
            .ToListAsync(ct);
        var seeAlso = await db.SeeAlso.OrderBy(s => s.RelationId).ThenBy(s => s.Ordinal)
            .Select(s => new { From = s.Relation.Slug, s.Title, s.Kind, s.TargetSlug, s.Resolved })
            .ToListAsync(ct);

        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        void Add(GraphNode node)
        {
            if (!nodes.TryGetValue(node.Id, out var known) || (!known.InCorpus && node.InCorpus))
            {
                nodes[node.Id] = node;
            }
        }

        foreach (var r in relations)
        {
            var id = "relation:" + r.Slug;
            Add(new GraphNode(id, "relation", r.Title, true));
            Add(new GraphNode("country:" + r.A, "country", r.AName, true));
            Add(new GraphNode("country:" + r.B, "country", r.BName, true));
            edges.Add(new GraphEdge(id, "country:" + r.A, "party"));
            edges.Add(new GraphEdge(id, "country:" + r.B, "party"));
        }

        foreach (var s in seeAlso)
        {
            var kind = s.Kind is "relation" or "country" ? s.Kind : "topic";
            var target = kind + ":" + (s.TargetSlug ?? Relations.Articles.Values.Slug.From(s.Title));
            Add(new GraphNode(target, kind, s.Title, s.Resolved));
            edges.Add(new GraphEdge("relation:" + s.From, target, "seeAlso"));
        }

        return new GraphDocument([.. nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)], edges);
    }
}
