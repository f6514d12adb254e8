using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Graph;

namespace Relations.Web.Pages.Graph;

public class GraphReportModel(RelationsDb db, CorpusCache cache) : PageModel
{
    public GraphReportPage Report { get; private set; } = null!;

    public bool All { get; private set; }

    public async Task OnGetAsync(bool? all, CancellationToken ct)
    {
        All = all == true;
        Report = await cache.GetAsync("graph-report", async () => GraphReport.Of(await cache.GraphAsync(db, ct)));
    }

    public IEnumerable<T> Shown<T>(IEnumerable<T> items) => All ? items : items.Take(Features.Quality.ImportQuality.Cap);
}
