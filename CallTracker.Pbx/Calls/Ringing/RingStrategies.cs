using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>The strategy a route's Ring setting names, over the targets to ring; a singleton, for the strategies that read shared state.</summary>
public sealed class RingStrategies(DealerRotation dealers, LastManagers lastManagers, ManagerLoad load)
{
    public IRingStrategy For(Route route, IReadOnlyList<RouteTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Ring switch
        {
            RingMode.Simultaneous => new SimultaneousRing(targets),
            RingMode.Priority => new PriorityRing([.. (route.Groups ?? []).Select(g => For(route with { Ring = g.Ring, Groups = null }, g.Targets))]),
            RingMode.Weighted => new WeightedRing(route.Name, route.Dealers ?? [], dealers),
            RingMode.Sticky => new StickyRing(targets, lastManagers, load),
            _ => new SequentialRing(targets),
        };
    }
}
