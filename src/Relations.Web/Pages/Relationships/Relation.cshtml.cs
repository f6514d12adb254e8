using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Events;
using Relations.Web.Features.Relationships;

namespace Relations.Web.Pages.Relationships;

public class RelationModel(RelationsDb db) : PageModel
{
    public RelationHistory History { get; private set; } = null!;

    /// <summary>Markdig output with raw HTML disabled: the only Html.Raw on the site.</summary>
    public string ArticleHtml { get; private set; } = string.Empty;

    public IReadOnlyList<MissionItem> MissionsOf(string countrySlug) => [.. History.Missions.Where(m => m.SendingSlug == countrySlug)];

    public async Task<IActionResult> OnGetAsync(string a, string b, CancellationToken ct)
    {
        var (la, lb) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        var history = await RelationshipHistory.LoadAsync(db, la, lb, ct);
        if (history is null)
        {
            // The other order is the same relation: one permanent URL per relation, in the title's order.
            return await RelationshipHistory.ExistsAsync(db, lb, la, ct) ? RedirectPermanent($"/relations/{lb}/{la}") : NotFound();
        }

        if (la != a || lb != b)
        {
            return RedirectPermanent($"/relations/{la}/{lb}");
        }

        History = history;
        ArticleHtml = Features.Articles.ArticleHtml.Render(history.Article);
        return Page();
    }
}
