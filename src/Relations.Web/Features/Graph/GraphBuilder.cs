using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;

namespace Relations.Web.Features.Graph;

/// <summary>A relation of the corpus as the graph builder reads it.</summary>
public sealed record GraphRelationRow(string Slug, string Title, string FirstSlug, string FirstName, string SecondSlug, string SecondName);

/// <summary>A See also item as the graph builder reads it (SeeAlso row with its relation's slug).</summary>
public sealed record GraphSeeAlsoRow(string FromSlug, string Title, string Kind, string? TargetSlug, bool Resolved);

/// <summary>
/// Builds the See also graph: nodes are relations, countries, topics and missing relations (relation items not in the corpus);
/// edges are "party" (a relation to each of its two countries) and "seeAlso" (from the relation that lists the item to its target).
/// The same rows give the same graph: nodes are sorted by id, edges by (from, to, kind), duplicates dropped.
/// </summary>
public static class GraphBuilder
{
    public static async Task<SeeAlsoGraph> LoadAsync(RelationsDb db, CancellationToken ct = default)
    {
        var relations = await db.Relations
            .Select(r => new GraphRelationRow(r.Slug, r.Title, r.FirstCountry.Slug, r.FirstCountry.Name, r.SecondCountry.Slug, r.SecondCountry.Name))
            .ToListAsync(ct);
        var seeAlso = await db.SeeAlso
            .OrderBy(s => s.RelationId).ThenBy(s => s.Ordinal)
            .Select(s => new GraphSeeAlsoRow(s.Relation.Slug, s.Title, s.Kind, s.TargetSlug, s.Resolved))
            .ToListAsync(ct);
        return Build(relations, seeAlso);
    }

    public static SeeAlsoGraph Build(IEnumerable<GraphRelationRow> relations, IEnumerable<GraphSeeAlsoRow> seeAlso)
    {
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new HashSet<GraphEdge>();
        var relationSlugs = new HashSet<string>(StringComparer.Ordinal);

        foreach (var r in relations)
        {
            relationSlugs.Add(r.Slug);
            var id = GraphNode.RelationId(r.Slug);
            nodes[id] = new GraphNode(id, GraphNodeKind.Relation, r.Title, r.Slug);
            nodes.TryAdd(GraphNode.CountryId(r.FirstSlug), new GraphNode(GraphNode.CountryId(r.FirstSlug), GraphNodeKind.Country, r.FirstName, r.FirstSlug));
            nodes.TryAdd(GraphNode.CountryId(r.SecondSlug), new GraphNode(GraphNode.CountryId(r.SecondSlug), GraphNodeKind.Country, r.SecondName, r.SecondSlug));
            edges.Add(new GraphEdge(id, GraphNode.CountryId(r.FirstSlug), GraphEdgeKind.Party));
            edges.Add(new GraphEdge(id, GraphNode.CountryId(r.SecondSlug), GraphEdgeKind.Party));
        }

        foreach (var s in seeAlso)
        {
            var from = GraphNode.RelationId(s.FromSlug);
            if (!nodes.ContainsKey(from))
            {
                continue;
            }

            var target = Target(s, relationSlugs, nodes);
            if (target.Id == from)
            {
                // An article listing itself says nothing about the graph.
                continue;
            }

            nodes.TryAdd(target.Id, target);
            edges.Add(new GraphEdge(from, target.Id, GraphEdgeKind.SeeAlso));
        }

        return new SeeAlsoGraph(
            [.. nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Kind)]);
    }

    private static GraphNode Target(GraphSeeAlsoRow s, HashSet<string> relationSlugs, Dictionary<string, GraphNode> nodes)
    {
        if (s.Kind == "relation")
        {
            if (s.Resolved && s.TargetSlug is { } slug && relationSlugs.Contains(slug))
            {
                return nodes[GraphNode.RelationId(slug)];
            }

            var key = s.TargetSlug ?? Relations.Articles.Values.Slug.From(s.Title);
            return new GraphNode(GraphNodeKind.Missing + ":" + key, GraphNodeKind.Missing, s.Title, key);
        }

        if (s.Kind == "country" && s.Resolved && s.TargetSlug is { } country && nodes.TryGetValue(GraphNode.CountryId(country), out var known))
        {
            return known;
        }

        // Topics, and countries that are not in the corpus: nothing to link to but a search.
        var topic = Relations.Articles.Values.Slug.From(s.Title);
        return new GraphNode(GraphNodeKind.Topic + ":" + topic, GraphNodeKind.Topic, s.Title, topic);
    }
}
