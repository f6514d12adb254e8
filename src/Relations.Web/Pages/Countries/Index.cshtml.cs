using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Countries;

namespace Relations.Web.Pages.Countries;

public class CountriesIndexModel(RelationsDb db) : PageModel
{
    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Countries = await CountryProfile.ListAsync(db, ct);
}
