using System.Globalization;
using System.Threading.RateLimiting;
using CallTracker.Pbx.Tracking;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Pbx.Web;

/// <summary>
/// Rate limits on session starts, per client address and per site (Tracking:Limits), answered 429 with Retry-After.
/// Only endpoints carrying this type as metadata are limited; everything else passes untouched.
/// </summary>
public sealed class SessionStartLimits
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSessionStartLimits(IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits => limits.SessionStartsPerClientPerMinute, ClientAddress)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits => limits.SessionStartsPerSitePerMinute, Site)));
        });

    private static RateLimitPartition<string> Partition(HttpContext context, Func<TrackingLimitsOptions, int> permits, Func<HttpContext, TrackingLimitsOptions, string> key)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SessionStartLimits>() is null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = context.RequestServices.GetRequiredService<TrackingDirectory>().Limits;
        var limit = permits(limits);

        // The limit is part of the key, so an edited limit takes effect on a fresh window.
        return RateLimitPartition.GetFixedWindowLimiter(
            $"{key(context, limits)}/{limit}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = Window, QueueLimit = 0 });
    }

    private static string Site(HttpContext context, TrackingLimitsOptions limits) =>
        "site:" + (context.GetRouteValue("site") as string ?? "").ToUpperInvariant();

    private static string ClientAddress(HttpContext context, TrackingLimitsOptions limits) =>
        "client:" + Web.ClientAddress.Of(context, limits.ClientAddressHeader);
}
