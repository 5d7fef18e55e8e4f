using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>
/// A callback as a ring strategy sees it: the route's managers rung through the call's <see cref="Dialer"/>; a manager
/// who answers hears the prompt, the client is dialled for them, and the two are joined. A client who is not reached
/// ends the ringing, since the next manager would only call them again: to the strategy, the caller has left.
/// </summary>
internal sealed class CallbackRinging(CallSession session, Dialer managers, ClientDialer clients, CallbackCall call, string? shownNumber, CallbackOptions options) : IRingCall
{
    private readonly TaskCompletionSource clientUnreached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task CallerLeft => clientUnreached.Task;

    /// <summary>The client: a sticky route rings first the manager who talked to them last.</summary>
    public string CallerNumber => call.Phone;

    /// <summary>Set once a manager is talking to the client.</summary>
    public Conversation? Conversation { get; private set; }

    /// <summary>The client's leg, once joined to a manager.</summary>
    public Leg? Client { get; private set; }

    /// <summary>How ringing the client ended when they were not reached; null while no manager has dialled them.</summary>
    public DialOutcome? ClientOutcome { get; private set; }

    public Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken) => managers.DialAsync(target, cancellationToken);

    public async Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answered);
        var manager = ((DialAttempt)answered).Leg!;
        var target = answered.Target;
        using var watch = session.Watchdog.Watch($"the callback prompt and the client for {target.Endpoint}", session.Limits.StepTimeout);
        if (options.ManagerPrompt.Length > 0)
        {
            await manager.PlayAsync(options.ManagerPrompt, stopOnDigit: false, cancellationToken);
        }

        if (!await RingbackAsync(manager, cancellationToken))
        {
            session.Publish(new ManagerLeftBeforeBridge(target.Endpoint));
            return ConnectResult.Declined;
        }

        session.Publish(new CallbackClientDialled(call.CallbackId, call.Phone, target.Endpoint, target.ManagerName));
        var dialled = await clients.DialAsync(call.Phone, options.ClientRingTime, manager, shownNumber, cancellationToken);
        if (await CallWaits.FirstAsync(null, session.Time, cancellationToken, dialled.Outcome, manager.Ended) == 1)
        {
            // The manager gave up while the client's phone rang: the next manager may still reach them.
            await dialled.CancelAsync(cancellationToken);
            session.Publish(new ManagerLeftBeforeBridge(target.Endpoint));
            return ConnectResult.Declined;
        }

        var outcome = await dialled.Outcome;
        if (outcome != DialOutcome.Answered)
        {
            return await ClientUnreachedAsync(manager, outcome, cancellationToken);
        }

        return await JoinAsync(manager, dialled.Leg!, target, cancellationToken);
    }

    /// <summary>The manager hears ringing while the client's phone rings.</summary>
    /// <returns>False when the manager hung up after the prompt.</returns>
    private static async Task<bool> RingbackAsync(Leg manager, CancellationToken cancellationToken)
    {
        if (manager.IsHungUp)
        {
            return false;
        }

        try
        {
            await manager.RingAsync(cancellationToken);
            return true;
        }
        catch (Ari.AriException e) when (e.IsNotFound || e.IsConflict)
        {
            // Gone between the prompt and now; its hangup events are on their way.
            return false;
        }
    }

    private async Task<ConnectResult> JoinAsync(Leg manager, Leg client, RouteTarget target, CancellationToken cancellationToken)
    {
        var answeredAt = session.Time.GetUtcNow();
        await manager.StopRingingAsync(cancellationToken);
        var bridge = await BridgeStep.JoinAsync(session, client, manager, cancellationToken);
        if (bridge is null)
        {
            if (client.IsHungUp)
            {
                return await ClientUnreachedAsync(manager, DialOutcome.NoAnswer, cancellationToken);
            }

            session.Publish(new ManagerLeftBeforeBridge(target.Endpoint));
            await client.HangupAsync(HangupReason.Normal, cancellationToken);
            return ConnectResult.Declined;
        }

        Client = client;
        Conversation = new Conversation(manager, target, bridge, answeredAt);
        return ConnectResult.Connected;
    }

    private async Task<ConnectResult> ClientUnreachedAsync(Leg manager, DialOutcome outcome, CancellationToken cancellationToken)
    {
        ClientOutcome = outcome;
        clientUnreached.TrySetResult();
        await manager.HangupAsync(HangupReason.Normal, cancellationToken);
        return ConnectResult.CallerLeft;
    }
}
