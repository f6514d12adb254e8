using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.People;

namespace Relations.Web.Pages.People;

public class PeopleIndexModel(RelationsDb db) : PageModel
{
    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => People = await PersonProfile.ListAsync(db, ct);
}
