using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    /// <summary>How long to wait for the hangup events that explain a channel vanishing under a bridge request.</summary>
    private static readonly TimeSpan VanishedGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Joins the caller and the manager who answered, records the conversation if the route says so, and waits for
    /// either to hang up. A caller who leaves first leaves the manager on the line for the tagging menu.
    /// </summary>
    /// <returns>The call's status, or null when the manager left before being joined and the next one should ring.</returns>
    private async Task<CallStatus?> ConverseAsync(Route route, string legId, RouteTarget target, CancellationToken cancellationToken)
    {
        await journal.AppendAsync(CallId, "Answered", new { target.Endpoint, manager = target.ManagerName }, cancellationToken);
        LogAnswered(logger, target.Endpoint);
        try
        {
            await BridgeAsync(legId, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound || (int)e.StatusCode is 400 or 422)
        {
            // Someone hung up while the bridge was being built; their hangup events say who.
            return await SettleVanishedAsync(legId, target, cancellationToken);
        }

        // Only now is the call answered: a caller who hung up while the bridge was being built never talked.
        answeredAt = managerAnsweredAt;
        answeredBy = target.Endpoint;
        if (route.Record)
        {
            await StartRecordingAsync(cancellationToken);
        }

        using var watch = watchdog.Watch("the caller or the manager to hang up", limits.MaxTalk);
        while (true)
        {
            var next = await inbox.ReadAsync(null, cancellationToken);
            if (IsCallerGone(next!))
            {
                talkEndedAt = time.GetUtcNow();
                await journal.AppendAsync(CallId, "CallerHungUp", null, cancellationToken);
                await FinishRecordingAsync(cancellationToken);
                await TagAsync(legId, target, cancellationToken);
                await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
                return CallStatus.Answered;
            }

            if (LegEvents.IsGone(next!, legId))
            {
                talkEndedAt = time.GetUtcNow();
                liveLegs.Remove(legId);
                await journal.AppendAsync(CallId, "ManagerHungUp", new { target.Endpoint }, cancellationToken);
                await FinishRecordingAsync(cancellationToken);
                return CallStatus.Answered;
            }
        }
    }

    private async Task BridgeAsync(string legId, CancellationToken cancellationToken)
    {
        await StopHoldMusicAsync(cancellationToken);
        await AnswerCallerAsync(cancellationToken);
        bridgeId = CallId + "-bridge";
        registry.Claim(bridgeId, this);
        await ari.Bridges.CreateAsync(bridgeId, "mixing", "call-" + CallId, cancellationToken);
        await ari.Bridges.AddChannelAsync(bridgeId, caller.Id, cancellationToken);
        await ari.Bridges.AddChannelAsync(bridgeId, legId, cancellationToken);
    }

    private async Task<CallStatus?> SettleVanishedAsync(string legId, RouteTarget target, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + VanishedGrace;
        while (await inbox.ReadAsync(deadline - time.GetUtcNow(), cancellationToken) is { } next)
        {
            if (IsCallerGone(next))
            {
                await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
                return CallStatus.CallerHungUpBeforeAnswer;
            }

            if (LegEvents.IsGone(next, legId))
            {
                liveLegs.Remove(legId);
                await journal.AppendAsync(CallId, "ManagerHungUpBeforeBridge", new { target.Endpoint }, cancellationToken);
                return null;
            }
        }

        throw new AriException($"A channel of call {CallId} vanished while it was being bridged, and no hangup event followed.");
    }
}
