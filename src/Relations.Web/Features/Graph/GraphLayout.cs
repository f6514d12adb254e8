namespace Relations.Web.Features.Graph;

/// <summary>
/// A deterministic layout (no randomness, no iteration): countries on a circle in slug order, each relation at the midpoint of its two
/// countries pushed sideways by an offset derived from its slug, topics and missing relations on an outer ring in the order of the
/// relations that list them. The same graph gives the same coordinates, so the same database gives the same SVG.
/// </summary>
public static class GraphLayout
{
    private const double Margin = 190;

    /// <summary>Up to this many nodes on a ring, labels stay horizontal; more, and they turn along the radius so they do not collide.</summary>
    private const int HorizontalLabels = 24;
    private const double LabelGap = 7;

    /// <summary>
    /// Lays out relations, countries and topics. A <paramref name="focus"/> country (a neighbourhood) sits in the middle instead of on the
    /// ring, so its relations fan out along the spokes to their other countries.
    /// </summary>
    public static GraphPicture Nodes(SeeAlsoGraph graph, string? focus = null)
    {
        var hub = focus is not null && graph.Find(focus) is { Kind: GraphNodeKind.Country } ? focus : null;
        var countries = graph.Nodes.Where(n => n.Kind == GraphNodeKind.Country && n.Id != hub).ToList();
        var outer = graph.Nodes.Where(n => n.Kind is GraphNodeKind.Topic or GraphNodeKind.Missing).ToList();
        var spokes = hub is null ? 0 : graph.EdgesOf(hub).Count(e => e.Kind == GraphEdgeKind.Party);
        var inner = Math.Max(Math.Max(110, countries.Count * 16 / (2 * Math.PI)), spokes * 13 / Math.PI);
        var ring = Math.Max(inner + 120, outer.Count * 15 / (2 * Math.PI));
        var radius = outer.Count > 0 ? ring : inner;
        var centre = radius + Margin;
        var crowded = countries.Count > HorizontalLabels;

        var placed = new Dictionary<string, PlacedNode>(StringComparer.Ordinal);
        if (hub is not null)
        {
            var h = graph.Find(hub)!;
            placed[hub] = new PlacedNode(h, centre, centre, 9, centre, centre - 9 - LabelGap, "middle", h.Label, h.Label);
        }

        for (var i = 0; i < countries.Count; i++)
        {
            var angle = Angle(i, countries.Count);
            placed[countries[i].Id] = OnCircle(countries[i], centre, inner, angle, 7, countries[i].Label, crowded);
        }

        foreach (var r in graph.Nodes.Where(n => n.Kind == GraphNodeKind.Relation))
        {
            var ends = graph.EdgesOf(r.Id).Where(e => e.Kind == GraphEdgeKind.Party && e.From == r.Id).Select(e => placed[e.To]).ToList();
            var (ax, ay, bx, by) = ends.Count switch
            {
                0 => (centre, centre, centre, centre),
                1 => (ends[0].X, ends[0].Y, centre, centre),
                _ => (ends[0].X, ends[0].Y, ends[1].X, ends[1].Y),
            };
            if (hub is not null && ends.Count == 2 && ends.Any(e => e.Node.Id == hub))
            {
                // On the spoke from the hub to the other country, the label along the spoke when the ring is crowded.
                var other = ends.First(e => e.Node.Id != hub);
                var angle = Math.Atan2(other.Y - centre, other.X - centre);
                var along = inner * (0.45 + 0.1 * Spread(r.Key));
                var (sx, sy) = (centre + along * Math.Cos(angle), centre + along * Math.Sin(angle));
                placed[r.Id] = crowded
                    ? Radial(r, sx, sy, 4, angle, along, centre, r.ShortLabel)
                    : new PlacedNode(r, sx, sy, 5, sx, sy + 5 + LabelGap + 4, "middle", r.ShortLabel, r.Label);
                continue;
            }

            var (mx, my) = ((ax + bx) / 2, (ay + by) / 2);
            var (dx, dy) = (bx - ax, by - ay);
            var length = Math.Sqrt(dx * dx + dy * dy);
            var (nx, ny) = length < 1e-9 ? (0.0, 1.0) : (-dy / length, dx / length);
            var offset = 10 + 14 * Spread(r.Key);
            var (x, y) = (mx + nx * offset, my + ny * offset);
            placed[r.Id] = new PlacedNode(r, x, y, 5, x, y + 5 + LabelGap + 4, "middle", r.ShortLabel, r.Label);
        }

        // The outer ring follows the relations that list each item, so a topic sits on the side of its article.
        var ordered = outer
            .Select(n => (Node: n, Angle: SourceAngle(graph, n, placed, centre)))
            .OrderBy(t => t.Angle).ThenBy(t => t.Node.Id, StringComparer.Ordinal)
            .Select(t => t.Node)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var n = ordered[i];
            var label = n.Kind == GraphNodeKind.Missing ? n.ShortLabel + " (missing)" : n.ShortLabel;
            placed[n.Id] = OnCircle(n, centre, ring, Angle(i, ordered.Count), 4.5, label, ordered.Count > HorizontalLabels);
        }

        var edges = graph.Edges
            .Select(e => new PlacedEdge(placed[e.From], placed[e.To], e.Kind, 1, Describe(e.Kind, graph.Find(e.From)!, graph.Find(e.To)!)))
            .ToList();
        var nodes = graph.Nodes.Select(n => placed[n.Id]).ToList();
        return new GraphPicture(2 * centre, edges, nodes,
            $"{graph.RelationCount} relations, {countries.Count} countries and {outer.Count} topics or missing relations, with {graph.Edges.Count} links.");
    }

    /// <summary>The country-level picture: countries on a circle, the strongest links between them as lines as thick as their weight.</summary>
    public static GraphPicture Countries(CountryLevelGraph graph)
    {
        var n = graph.Countries.Count;
        var inner = Math.Max(110, n * 16 / (2 * Math.PI));
        var centre = inner + Margin;
        var placed = new Dictionary<string, PlacedNode>(StringComparer.Ordinal);
        var most = Math.Max(1, graph.Countries.Count == 0 ? 1 : graph.Countries.Max(c => c.Relations));
        for (var i = 0; i < n; i++)
        {
            var c = graph.Countries[i];
            var size = 3 + 6 * Math.Sqrt((double)c.Relations / most);
            placed[c.Country.Id] = OnCircle(c.Country, centre, inner, Angle(i, n), size, c.Country.Label, n > HorizontalLabels) with
            {
                Tooltip = $"{c.Country.Label}: {c.Relations} relations",
            };
        }

        var edges = graph.Links
            .Select(l => new PlacedEdge(placed[l.First.Id], placed[l.Second.Id], "countries", l.Weight,
                $"{l.First.Label} and {l.Second.Label}: {l.Relations} relations, {l.SeeAlso} See also links"))
            .ToList();
        return new GraphPicture(2 * centre, edges, [.. placed.Values],
            $"{n} countries; the {graph.Links.Count} strongest of {graph.AllLinks} country pairs, weighted by relations and See also links between them.");
    }

    private static string Describe(string kind, GraphNode from, GraphNode to) => kind == GraphEdgeKind.Party
        ? $"{from.Label} is a relation of {to.Label}"
        : $"{from.Label} lists {to.Label} in See also";

    private static double Angle(int i, int count) => (2 * Math.PI * i / Math.Max(1, count)) - (Math.PI / 2);

    private static PlacedNode OnCircle(GraphNode node, double centre, double radius, double angle, double size, string label, bool radial)
    {
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var (x, y) = (centre + radius * cos, centre + radius * sin);
        var reach = radius + size + LabelGap;
        if (radial)
        {
            return Radial(node, x, y, size, angle, radius, centre, label);
        }

        var anchor = Math.Abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        var labelY = centre + reach * sin + (Math.Abs(cos) < 0.2 ? (sin > 0 ? 10 : -2) : 4);
        return new PlacedNode(node, x, y, size, centre + reach * cos, labelY, anchor, label, node.Label);
    }

    /// <summary>A node with its label along the radius, never upside down: the left half reads from the outside in, anchored at its end.</summary>
    private static PlacedNode Radial(GraphNode node, double x, double y, double size, double angle, double radius, double centre, string label)
    {
        var reach = radius + size + LabelGap;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var degrees = angle * 180 / Math.PI;
        var left = cos < 0;
        return new PlacedNode(node, x, y, size, centre + reach * cos, centre + reach * sin, left ? "end" : "start", label, node.Label, left ? degrees + 180 : degrees);
    }

    private static double SourceAngle(SeeAlsoGraph graph, GraphNode node, Dictionary<string, PlacedNode> placed, double centre)
    {
        var sources = graph.EdgesOf(node.Id).Where(e => e.To == node.Id && placed.ContainsKey(e.From)).Select(e => placed[e.From]).ToList();
        if (sources.Count == 0)
        {
            return 0;
        }

        var angle = Math.Atan2(sources.Average(s => s.Y) - centre, sources.Average(s => s.X) - centre) + (Math.PI / 2);
        return angle < 0 ? angle + 2 * Math.PI : angle;
    }

    /// <summary>A number in [0, 1) from the slug (FNV-1a): stable across runs and machines, unlike string.GetHashCode.</summary>
    private static double Spread(string key)
    {
        var hash = 2166136261u;
        foreach (var ch in key)
        {
            hash = unchecked((hash ^ ch) * 16777619u);
        }

        return (hash % 1000) / 1000.0;
    }
}
