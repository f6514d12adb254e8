using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Relations.Web.Pages;

/// <summary>The page for unknown routes and slugs (re-executed by UseStatusCodePagesWithReExecute) and other bodiless errors.</summary>
[IgnoreAntiforgeryToken]
public class NotFoundModel : PageModel
{
    public string Heading { get; private set; } = "Page not found";

    public string Explanation { get; private set; } = "There is no page at this address. It may name a relation, country or person that is not in the corpus.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        var code = status is >= 400 and < 600 ? status.Value : StatusCodes.Status404NotFound;
        Response.StatusCode = code;
        (Heading, Explanation) = code switch
        {
            404 => (Heading, Explanation),
            429 => ("Too many requests", "You sent many requests in a short time. Wait a moment and try again."),
            400 => ("That request could not be understood", "Check the address or use the search below."),
            405 => ("Not allowed", "This address only answers plain page requests."),
            _ => ("Something went wrong", "The request could not be answered."),
        };
    }
}
