using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>What a ring strategy can do with the call it rings for; tests give strategies a fake one.</summary>
public interface IRingCall
{
    /// <summary>Completes when the caller hangs up.</summary>
    Task CallerLeft { get; }

    /// <summary>The caller's number as the trunk sent it; empty when withheld.</summary>
    string CallerNumber { get; }

    /// <summary>Starts ringing one phone. Never throws for an ARI error: an attempt that failed has the outcome Unavailable.</summary>
    Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the caller through to a manager who answered: the whisper, if the route has one, then the bridge. The
    /// strategy must have stopped every other phone it rang first.
    /// </summary>
    Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken);
}
