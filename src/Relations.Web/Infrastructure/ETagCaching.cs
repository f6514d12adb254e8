using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Relations.Web.Infrastructure;

/// <summary>
/// ETags for pages and API responses: a response depends only on the database file and the URL, so the tag is a hash of
/// <see cref="DatabaseIdentity.Current"/> and the path + query, and a matching If-None-Match is answered 304 before any work.
/// A re-import changes the identity, so no client keeps a stale page. Cache-Control: no-cache makes clients revalidate.
/// </summary>
public sealed class ETagCaching(RequestDelegate next, DatabaseIdentity identity)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || IsStaticFile(request.Path))
        {
            await next(context);
            return;
        }

        var etag = Compute(identity.Current, request.Path + request.QueryString);
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            return;
        }

        context.Response.OnStarting(() =>
        {
            // Only successful answers are cacheable; errors, redirects and 429s are not tagged.
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
            }
            else
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context);
    }

    public static string Compute(string databaseIdentity, string pathAndQuery)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(databaseIdentity + "\n" + pathAndQuery));
        return new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + "\"").Tag.ToString();
    }

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
}
