using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Legs;

/// <summary>One phone rung for a call: the target, the leg, and how the ringing ended once it has.</summary>
public interface IDialAttempt
{
    RouteTarget Target { get; }

    /// <summary>1 for the first phone the call rang, 2 for the next …</summary>
    int Attempt { get; }

    /// <summary>Completes when the phone answers or the ringing ends; never faults.</summary>
    Task<DialOutcome> Outcome { get; }

    /// <summary>Stops the ringing, or ends the leg; nothing happens when it is gone already.</summary>
    Task CancelAsync(CancellationToken cancellationToken);
}

/// <summary>A phone rung through Asterisk.</summary>
internal sealed class DialAttempt(RouteTarget target, int attempt, Leg? leg, Task<DialOutcome> outcome) : IDialAttempt
{
    public RouteTarget Target => target;

    public int Attempt => attempt;

    /// <summary>The manager's channel; null when it could not even be created.</summary>
    public Leg? Leg => leg;

    public Task<DialOutcome> Outcome => outcome;

    public Task CancelAsync(CancellationToken cancellationToken) =>
        leg?.HangupAsync(HangupReason.Normal, cancellationToken) ?? Task.CompletedTask;
}
