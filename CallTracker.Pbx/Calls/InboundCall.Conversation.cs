using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    /// <summary>Joins the caller and the manager who answered, and waits for either to hang up.</summary>
    private async Task ConverseAsync(string legId, RouteTarget target, CancellationToken cancellationToken)
    {
        await journal.AppendAsync(CallId, "Answered", new { target.Endpoint, manager = target.ManagerName }, cancellationToken);
        LogAnswered(logger, target.Endpoint);
        if (callerAnswered)
        {
            await ari.Channels.StopMohAsync(caller.Id, cancellationToken);
        }

        await AnswerCallerAsync(cancellationToken);
        bridgeId = CallId + "-bridge";
        registry.Claim(bridgeId, this);
        await ari.Bridges.CreateAsync(bridgeId, "mixing", "call-" + CallId, cancellationToken);
        await ari.Bridges.AddChannelAsync(bridgeId, caller.Id, cancellationToken);
        await ari.Bridges.AddChannelAsync(bridgeId, legId, cancellationToken);

        // Only now is the call answered: a caller who hung up while the bridge was being built never talked.
        answeredAt = managerAnsweredAt;
        answeredBy = target.Endpoint;

        while (true)
        {
            var next = await inbox.ReadAsync(null, cancellationToken);
            if (IsCallerGone(next!))
            {
                await journal.AppendAsync(CallId, "CallerHungUp", null, cancellationToken);
                await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
                return;
            }

            if (LegEvents.IsGone(next!, legId) || (next is ChannelsReconciled reconciled && !reconciled.LiveChannelIds.Contains(legId)))
            {
                liveLegs.Remove(legId);
                await journal.AppendAsync(CallId, "ManagerHungUp", new { target.Endpoint }, cancellationToken);
                return;
            }
        }
    }
}
