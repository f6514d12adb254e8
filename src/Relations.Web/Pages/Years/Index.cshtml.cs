using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Years;

namespace Relations.Web.Pages.Years;

public class YearsIndexModel(RelationsDb db) : PageModel
{
    public IReadOnlyList<(Period Decade, int Events)> Decades { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Decades = await YearEvents.DecadesAsync(db, ct);
}
