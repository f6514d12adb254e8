using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Countries;

namespace Relations.Web.Pages.Countries;

public class CountryModel(RelationsDb db) : PageModel
{
    public CountryPage Country { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await CountryProfile.LoadAsync(db, slug.ToLowerInvariant(), ct) is not { } country)
        {
            return NotFound();
        }

        if (country.Slug != slug)
        {
            return RedirectPermanent($"/countries/{country.Slug}");
        }

        Country = country;
        return Page();
    }
}
