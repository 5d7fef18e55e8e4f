using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing.Sticky;

/// <summary>
/// The route's targets one after another, as <see cref="SequentialRing"/>, except that the manager who talked to the
/// caller last (within Routing:StickyDays) rings first, if that manager is among the targets and free now. A busy or
/// unknown manager leaves the route's order as it is.
/// </summary>
public sealed class StickyRing(IReadOnlyList<RouteTarget> targets, LastManagers lastManagers, ManagerLoad load) : IRingStrategy
{
    public Task<RingResult> RingAsync(IRingCall ringing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ringing);
        return new SequentialRing(OrderFor(ringing.CallerNumber)).RingAsync(ringing, cancellationToken);
    }

    private IReadOnlyList<RouteTarget> OrderFor(string callerNumber)
    {
        var endpoint = lastManagers.Find(callerNumber);
        var last = endpoint is null ? null : targets.FirstOrDefault(t => string.Equals(t.Endpoint, endpoint, StringComparison.OrdinalIgnoreCase));
        if (last is null || !load.IsFree(last.Endpoint))
        {
            return targets;
        }

        return [last, .. targets.Where(t => !ReferenceEquals(t, last))];
    }
}
