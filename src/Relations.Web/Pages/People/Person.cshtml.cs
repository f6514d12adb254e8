using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.People;

namespace Relations.Web.Pages.People;

public class PersonModel(RelationsDb db) : PageModel
{
    public PersonPage Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var lookup = await PersonProfile.LoadAsync(db, slug.ToLowerInvariant(), ct);
        if (lookup.Page is { } page)
        {
            if (page.Slug != slug)
            {
                return RedirectPermanent($"/people/{page.Slug}");
            }

            Person = page;
            return Page();
        }

        // An alias ("kim-il-song") has one permanent home: the canonical slug.
        return lookup.CanonicalSlug is { } canonical ? RedirectPermanent($"/people/{canonical}") : NotFound();
    }
}
