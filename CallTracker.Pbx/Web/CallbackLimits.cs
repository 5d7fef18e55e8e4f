using System.Globalization;
using System.Threading.RateLimiting;
using CallTracker.Pbx.Callbacks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web;

/// <summary>
/// Callbacks:Limits, with ASP.NET Core's rate limiters: requests per phone number and per site in fixed one-hour
/// windows. The phone is in the body, so the handler asks once it has read and checked it, not the middleware; the
/// phone is asked first, so requests for one number cannot use up the site's allowance.
/// </summary>
public sealed class CallbackLimits : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly CallbackLimitsOptions limits;
    private readonly PartitionedRateLimiter<string> perPhone;
    private readonly PartitionedRateLimiter<string> perSite;

    public CallbackLimits(IOptions<CallbackOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        limits = options.Value.Limits;
        perPhone = Create(limits.RequestsPerPhonePerHour);
        perSite = Create(limits.RequestsPerSitePerHour);
    }

    /// <param name="phone">The number's digits.</param>
    /// <returns>The 429 answer (its Retry-After set on <paramref name="response"/>), or null when the request may go on.</returns>
    public IResult? Refuse(string phone, string site, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(response);
        using (var lease = perPhone.AttemptAcquire(phone))
        {
            if (!lease.IsAcquired)
            {
                return TooMany(response, lease, $"This number has been asked to be called back {limits.RequestsPerPhonePerHour} time(s) within the hour; no more requests are taken for it until the hour is over.");
            }
        }

        using (var lease = perSite.AttemptAcquire(site.ToUpperInvariant()))
        {
            if (!lease.IsAcquired)
            {
                return TooMany(response, lease, $"This site has sent {limits.RequestsPerSitePerHour} callback requests within the hour, its limit; try again later.");
            }
        }

        return null;
    }

    public void Dispose()
    {
        perPhone.Dispose();
        perSite.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }));

    private static IResult TooMany(HttpResponse response, RateLimitLease lease, string detail)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many callback requests", detail: detail);
    }
}
