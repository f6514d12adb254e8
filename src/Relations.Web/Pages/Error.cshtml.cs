using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relations.Web.Infrastructure;

namespace Relations.Web.Pages;

/// <summary>The exception handler's page: no stack trace, just a request id to find the log line.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string? RequestId { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            LogMessages.Unhandled(logger, failed.Error, failed.Path);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
