using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;

namespace Relations.Web.Pages;

public class IndexModel(RelationsDb db) : PageModel
{
    public IReadOnlyList<RelationRow> Relations { get; private set; } = [];

    public async Task OnGetAsync() => Relations = await db.Relations.OrderBy(r => r.Title).ToListAsync();
}
