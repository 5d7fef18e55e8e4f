using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>
/// The call as a ring strategy sees it: phones dialled through the call's <see cref="Dialer"/>, and a manager who
/// answered put through to the caller (whisper, then bridge). Holds the conversation once one is connected.
/// </summary>
/// <param name="callerReady">The caller's subscription and ringing or hold music, started once the first phone is dialled.</param>
internal sealed class RouteRinging(CallSession session, Leg caller, string callerNumber, Dialer dialer, Route route, Task<string?> source, CallerPreparation callerReady) : IRingCall
{
    public Task CallerLeft => caller.Ended;

    public string CallerNumber => callerNumber;

    /// <summary>Set once a manager is talking to the caller.</summary>
    public Conversation? Conversation { get; private set; }

    public async Task<IDialAttempt> DialAsync(Routing.RouteTarget target, CancellationToken cancellationToken)
    {
        var attempt = await dialer.DialAsync(target, cancellationToken);
        callerReady.Start();
        return attempt;
    }

    public async Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answered);
        await callerReady.ReadyAsync();
        var manager = ((DialAttempt)answered).Leg!;
        var endpoint = answered.Target.Endpoint;
        if (route.Whisper is { } whisper && !await WhisperStep.RunAsync(session, caller, manager, endpoint, whisper, source, cancellationToken))
        {
            return await DeclinedAsync(answered, manager, manager.IsHungUp ? DialOutcome.NoAnswer : DialOutcome.Rejected, cancellationToken);
        }

        var acceptedAt = session.Time.GetUtcNow();
        var bridge = await BridgeStep.JoinAsync(session, caller, manager, cancellationToken);
        if (bridge is null)
        {
            if (caller.IsHungUp)
            {
                await manager.HangupAsync(HangupReason.Normal, cancellationToken);
                return ConnectResult.CallerLeft;
            }

            session.Publish(new ManagerLeftBeforeBridge(endpoint));
            return ConnectResult.Declined;
        }

        Conversation = new Conversation(manager, answered.Target, bridge, acceptedAt);
        return ConnectResult.Connected;
    }

    private async Task<ConnectResult> DeclinedAsync(IDialAttempt answered, Leg manager, DialOutcome outcome, CancellationToken cancellationToken)
    {
        await manager.HangupAsync(HangupReason.Normal, cancellationToken);
        if (caller.IsHungUp)
        {
            return ConnectResult.CallerLeft;
        }

        session.Publish(new LegNotConnected(answered.Target.Endpoint, answered.Attempt, outcome.ToString(), answered.Target.Dealer));
        return ConnectResult.Declined;
    }
}
