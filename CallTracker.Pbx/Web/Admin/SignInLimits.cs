using System.Globalization;
using System.Threading.RateLimiting;
using CallTracker.Pbx.Tracking;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>
/// Rate limit on password sign-ins per client address: each attempt costs a PBKDF2 hash, so without it anyone who
/// reaches the service could guess passwords as fast as the CPU allows and slow calls down with it. A token bucket:
/// Admin:SignInBurst attempts at once, then Admin:SignInAttemptsPerMinute; over it, 429 with Retry-After.
/// </summary>
public sealed class SignInLimits(IOptions<AdminOptions> options, TrackingDirectory tracking) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "admin-sign-in";

    public static IServiceCollection AddSignInLimits(IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy<string, SignInLimits>(PolicyName));

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var admin = options.Value;
        var burst = admin.SignInBurst;
        var period = TimeSpan.FromMinutes(1) / admin.SignInAttemptsPerMinute;
        return RateLimitPartition.GetTokenBucketLimiter(
            ClientAddress.Of(httpContext, tracking.Limits.ClientAddressHeader),
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync($"Too many sign-in attempts from this address; try again in {seconds} seconds.", cancellationToken);
    }
}
