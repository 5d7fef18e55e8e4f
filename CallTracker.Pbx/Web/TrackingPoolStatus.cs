using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using Microsoft.AspNetCore.Http;

namespace CallTracker.Pbx.Web;

/// <summary>GET /api/tracking/pools: how full each pool is and how often it overflowed, to size pools.</summary>
public static class TrackingPoolStatus
{
    public static async Task<IResult> GetAsync(NumberPoolAllocator allocator, ITrackingSessionRepository sessions, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allocator);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(time);
        var totals = await sessions.CountOverflowsByPoolAsync(cancellationToken);
        var now = time.GetUtcNow();
        var pools = allocator.Pools.Select(p => new
        {
            site = p.Site,
            pool = p.Name,
            size = p.Size,
            held = p.CountHeld(now),
            overflowsSinceStart = p.Overflows,
            overflowsTotal = totals.GetValueOrDefault((p.Site, p.Name)),
        });
        return Results.Json(pools);
    }
}
