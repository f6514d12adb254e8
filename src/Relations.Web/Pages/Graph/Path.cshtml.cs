using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Graph;

namespace Relations.Web.Pages.Graph;

public class GraphPathModel(RelationsDb db, CorpusCache cache) : PageModel
{
    public string? From { get; private set; }

    public string? To { get; private set; }

    /// <summary>The chain from → to; null when not asked, unknown, or no path.</summary>
    public IReadOnlyList<PathStep>? Path { get; private set; }

    /// <summary>Slugs given that are not in the corpus (the page answers 404).</summary>
    public IReadOnlyList<string> Unknown { get; private set; } = [];

    public bool Asked => From is not null && To is not null;

    public async Task OnGetAsync(string? from, string? to, CancellationToken ct)
    {
        From = string.IsNullOrWhiteSpace(from) ? null : from.Trim();
        To = string.IsNullOrWhiteSpace(to) ? null : to.Trim();
        if (!Asked)
        {
            return;
        }

        var graph = await cache.GraphAsync(db, ct);
        var (a, b) = (GraphPaths.Resolve(graph, From), GraphPaths.Resolve(graph, To));
        Unknown = [.. new[] { (From!, a), (To!, b) }.Where(x => x.Item2 is null).Select(x => x.Item1).Distinct()];
        if (a is null || b is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Path = GraphPaths.Shortest(graph, a.Id, b.Id);
    }
}
