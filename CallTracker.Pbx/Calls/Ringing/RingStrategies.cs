using CallTracker.Pbx.Routing;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>The strategy a route's Ring setting names, over the targets to ring.</summary>
public static class RingStrategies
{
    public static IRingStrategy For(Route route, IReadOnlyList<RouteTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Ring switch
        {
            RingMode.Simultaneous => new SimultaneousRing(targets),
            _ => new SequentialRing(targets),
        };
    }
}
