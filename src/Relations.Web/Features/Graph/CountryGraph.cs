namespace Relations.Web.Features.Graph;

/// <summary>A country of the country-level graph with the number of its relations in the corpus.</summary>
public sealed record CountryNode(GraphNode Country, int Relations);

/// <summary>
/// Two countries joined by <paramref name="Relations"/> relations between them and <paramref name="SeeAlso"/> See also links
/// from a relation of one to a relation of the other.
/// </summary>
public sealed record CountryLink(GraphNode First, GraphNode Second, int Relations, int SeeAlso)
{
    public int Weight => Relations + SeeAlso;
}

/// <summary>The corpus folded to countries: how /graph stays readable for big corpora.</summary>
public sealed record CountryLevelGraph(IReadOnlyList<CountryNode> Countries, IReadOnlyList<CountryLink> Links, int AllLinks);

public static class CountryGraph
{
    public static CountryLevelGraph Of(SeeAlsoGraph graph, int topLinks)
    {
        var parties = new Dictionary<string, (string A, string B)>(StringComparer.Ordinal);
        foreach (var e in graph.Edges.Where(e => e.Kind == GraphEdgeKind.Party))
        {
            parties[e.From] = parties.TryGetValue(e.From, out var p) ? (p.A, e.To) : (e.To, e.To);
        }

        var counts = new Dictionary<(string, string), (int Relations, int SeeAlso)>();
        void Add((string, string) pair, int relations, int seeAlso)
        {
            var c = counts.GetValueOrDefault(pair);
            counts[pair] = (c.Relations + relations, c.SeeAlso + seeAlso);
        }

        foreach (var (_, (a, b)) in parties)
        {
            Add(Pair(a, b), 1, 0);
        }

        foreach (var e in graph.Edges.Where(e => e.Kind == GraphEdgeKind.SeeAlso))
        {
            if (!parties.TryGetValue(e.From, out var from) || !parties.TryGetValue(e.To, out var to))
            {
                continue;
            }

            // Cuba–North Korea listing Cuba–South Korea joins the countries that differ: North Korea and South Korea.
            foreach (var x in new[] { from.A, from.B }.Distinct())
            {
                foreach (var y in new[] { to.A, to.B }.Distinct())
                {
                    if (x != y && x != to.A && x != to.B && y != from.A && y != from.B)
                    {
                        Add(Pair(x, y), 0, 1);
                    }
                }
            }
        }

        var relationCount = parties.Values.SelectMany(p => new[] { p.A, p.B }).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var countries = graph.Nodes.Where(n => n.Kind == GraphNodeKind.Country)
            .Select(n => new CountryNode(n, relationCount.GetValueOrDefault(n.Id)))
            .ToList();
        var links = counts
            .Select(kv => new CountryLink(graph.Find(kv.Key.Item1)!, graph.Find(kv.Key.Item2)!, kv.Value.Relations, kv.Value.SeeAlso))
            .OrderByDescending(l => l.Weight).ThenBy(l => l.First.Id, StringComparer.Ordinal).ThenBy(l => l.Second.Id, StringComparer.Ordinal)
            .ToList();
        return new CountryLevelGraph(countries, [.. links.Take(topLinks)], links.Count);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
