using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Data;
using Relations.Web.Features.Graph;
using Relations.Web.Features.Quality;

namespace Relations.Web.Pages.Import;

public class ImportModel(RelationsDb db, CorpusCache cache) : PageModel
{
    public QualityReport Report { get; private set; } = null!;

    public bool All { get; private set; }

    public async Task OnGetAsync(bool? all, CancellationToken ct)
    {
        All = all == true;
        var report = await ImportQuality.CachedAsync(cache, db, ct);
        Report = All ? report : report.Capped(ImportQuality.Cap);
    }

    /// <summary>True when a list was cut: the page offers "show all".</summary>
    public bool Cut(int count) => !All && count > ImportQuality.Cap;
}
