using System.Globalization;

namespace Relations.Web.Features.Graph;

/// <summary>A node placed in the picture; <paramref name="Anchor"/> is the SVG text-anchor of its label.</summary>
/// <paramref name="Rotate"/> turns the label about its anchor point (degrees): crowded rings read along the radius.
public sealed record PlacedNode(GraphNode Node, double X, double Y, double Radius, double LabelX, double LabelY, string Anchor, string Label, string Tooltip, double Rotate = 0);

/// <summary>An edge placed in the picture; <paramref name="Weight"/> is 1 except in the country-level graph.</summary>
public sealed record PlacedEdge(PlacedNode From, PlacedNode To, string Kind, int Weight, string Description);

/// <summary>A laid-out graph, ready for <c>GraphSvg</c>: the same graph always gives the same picture.</summary>
public sealed record GraphPicture(double Size, IReadOnlyList<PlacedEdge> Edges, IReadOnlyList<PlacedNode> Nodes, string Description)
{
    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public int MaxWeight => Edges.Count == 0 ? 1 : Edges.Max(e => e.Weight);
}
