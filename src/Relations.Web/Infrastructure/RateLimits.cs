using System.Globalization;
using System.Threading.RateLimiting;

namespace Relations.Web.Infrastructure;

/// <summary>The "RateLimiting" section: a token bucket per client IP on /search and /api.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Generous by default so load tests on loopback are not throttled.</summary>
    public int PermitsPerSecond { get; set; } = 200;

    /// <summary>Requests over the rate wait in this queue before being refused with 429.</summary>
    public int QueueLimit { get; set; } = 100;
}

public static class RateLimits
{
    public const string Policy = "per-client";

    public static IServiceCollection AddRelationsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var permits = Math.Max(1, options.PermitsPerSecond);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = permits,
                    TokensPerPeriod = permits,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = Math.Max(0, options.QueueLimit),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
