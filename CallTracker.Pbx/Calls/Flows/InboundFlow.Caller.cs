using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Flows;

/// <summary>What the caller hears while managers' phones ring.</summary>
public sealed partial class InboundFlow
{
    /// <summary>
    /// A caller still ringing hears ringing until a manager answers; one already answered (by a menu, or by a route
    /// that answers at once) hears music on hold instead.
    /// </summary>
    private async Task PrepareCallerAsync(Route route, CancellationToken cancellationToken)
    {
        if (caller.WasAnsweredByUs || route.AnswerCaller)
        {
            await caller.AnswerAsync(cancellationToken);
            await caller.StartHoldMusicAsync(route.MusicOnHoldClass, cancellationToken);
        }
        else
        {
            await caller.RingAsync(cancellationToken);
        }
    }
}
