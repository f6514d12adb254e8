using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Relationships;

namespace Relations.Web.Pages;

public class IndexModel(RelationsDb db) : PageModel
{
    public string Sort { get; private set; } = "title";

    public IReadOnlyList<RelationSummary> Relations { get; private set; } = [];

    public CorpusCounts Counts { get; private set; } = new(0, 0, 0, 0, 0, 0, 0);

    public IReadOnlyList<RejectedFile> Rejected { get; private set; } = [];

    public async Task OnGetAsync(string? sort, CancellationToken ct)
    {
        Sort = sort is not null && RelationIndex.Sorts.Contains(sort) ? sort : "title";
        Relations = await RelationIndex.LoadAsync(db, Sort, ct);
        Counts = await RelationIndex.CountAsync(db, ct);
        Rejected = await RelationIndex.RejectedAsync(db, ct);
    }
}
