using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Graph;

namespace Relations.Web.Pages.Graph;

public class GraphIndexModel(RelationsDb db, CorpusCache cache) : PageModel
{
    public GraphView View { get; private set; } = null!;

    public string? Country { get; private set; }

    public int Depth { get; private set; } = 1;

    public IReadOnlyList<GraphNode> Countries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? country, string? depth, CancellationToken ct)
    {
        var graph = await cache.GraphAsync(db, ct);
        Countries = [.. graph.Nodes.Where(n => n.Kind == GraphNodeKind.Country).OrderBy(n => n.Label, StringComparer.Ordinal)];
        if (string.IsNullOrWhiteSpace(country))
        {
            View = await GraphViews.WholeAsync(cache, db, ct);
            return Page();
        }

        Country = country.Trim().ToLowerInvariant();
        Depth = GraphViews.ParseDepth(depth);
        if (await GraphViews.NeighbourhoodAsync(cache, db, GraphNode.CountryId(Country), Depth, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Depth = view.Note is null ? Depth : 1;
        return Page();
    }
}
