using System.Diagnostics;

namespace Relations.Web.Infrastructure;

/// <summary>One structured line per request: method, path, status, elapsed ms (Serilog.AspNetCore's request logging does not restore here).</summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogMessages.Request(logger, context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsedMs);
        }
    }
}
