using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Events;
using Relations.Web.Features.Years;

namespace Relations.Web.Pages.Years;

public class PeriodModel(RelationsDb db) : PageModel
{
    public string Requested { get; private set; } = string.Empty;

    public YearPage? Result { get; private set; }

    public IReadOnlyList<EventItem> Events => Result is null ? [] : [.. Result.Events.Select(e => e.Event)];

    public IReadOnlySet<int> BroaderIds => Result is null ? new HashSet<int>() : Result.Events.Where(e => e.Broader).Select(e => e.Event.Id).ToHashSet();

    public async Task<IActionResult> OnGetAsync(string period, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        Requested = period;
        if (!Period.TryParse(period, out var parsed))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!parsed.InRange)
        {
            return NotFound();
        }

        if (parsed.Label != period)
        {
            return RedirectPermanent($"/years/{parsed.Label}");
        }

        Result = await YearEvents.LoadAsync(db, parsed, page, ct: ct);
        return Page();
    }
}
