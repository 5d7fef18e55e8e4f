using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    /// <summary>Asterisk hangs an unanswered leg up at the dial timeout; this margin only guards against a lost event.</summary>
    private static readonly TimeSpan RingGrace = TimeSpan.FromSeconds(5);

    /// <summary>What the watchdog adds to a ring's own deadline: the REST calls around it have their own timeouts.</summary>
    private static readonly TimeSpan StepSlack = TimeSpan.FromSeconds(30);

    /// <summary>Rings one manager: create the leg in Stasis, then dial it, then wait for an outcome.</summary>
    private async Task<(RingOutcome Outcome, string? LegId)> RingAsync(Route route, RouteTarget target, int attempt, CancellationToken cancellationToken)
    {
        var legId = $"{CallId}-m{attempt}";
        registry.Claim(legId, this);
        await journal.AppendAsync(CallId, "ManagerRinging", new { target.Endpoint, manager = target.ManagerName, attempt, ringSeconds = (int)target.RingTime.TotalSeconds }, cancellationToken);
        LogRinging(logger, target.Endpoint, attempt);
        try
        {
            await ari.Channels.CreateAsync(ManagerLegRequest(target, legId), cancellationToken);
            liveLegs.Add(legId);
            await ari.Applications.SubscribeAsync(ari.AppName, "channel:" + legId, cancellationToken);
            await ari.Channels.DialAsync(legId, caller.Id, (int)target.RingTime.TotalSeconds, cancellationToken);
        }
        catch (AriException e)
        {
            // A bad endpoint (500 "Allocation failed") or a refused dial: try the next manager rather than drop the caller.
            LogLegFailed(logger, target.Endpoint, e.Message);
            await journal.AppendAsync(CallId, "ManagerUnavailable", new { target.Endpoint, error = e.Message }, cancellationToken);
            await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
            return (RingOutcome.Unavailable, null);
        }

        RingOutcome outcome;
        using (watchdog.Watch($"the ring outcome of {target.Endpoint} ({legId})", target.RingTime + RingGrace + StepSlack))
        {
            outcome = await WaitForLegAsync(legId, target, cancellationToken);
        }

        if (outcome == RingOutcome.Answered && route.Whisper is { } whisper)
        {
            using var watch = watchdog.Watch($"the whisper to {target.Endpoint}", limits.StepTimeout);
            outcome = await WhisperAsync(legId, whisper, cancellationToken);
        }

        if (outcome != RingOutcome.Answered)
        {
            var kind = outcome == RingOutcome.CallerHungUp ? "CallerHungUp" : "Manager" + outcome;
            await journal.AppendAsync(CallId, kind, new { target.Endpoint, attempt }, cancellationToken);
        }

        return (outcome, legId);
    }

    private async Task<RingOutcome> WaitForLegAsync(string legId, RouteTarget target, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + target.RingTime + RingGrace;
        while (true)
        {
            var next = await inbox.ReadAsync(deadline - time.GetUtcNow(), cancellationToken);
            if (next is null)
            {
                await HangupLegAsync(legId, HangupReason.NoAnswer, cancellationToken);
                return RingOutcome.NoAnswer;
            }

            if (IsCallerGone(next))
            {
                await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
                return RingOutcome.CallerHungUp;
            }

            var outcome = next switch
            {
                DialEvent dial when dial.Peer.Id == legId => FromDialStatus(dial.Dialstatus),
                _ when LegEvents.IsAnswered(next, legId) => RingOutcome.Answered,
                _ when LegEvents.IsGone(next, legId) => FromHangup(next),
                _ => (RingOutcome?)null,
            };
            if (outcome is null)
            {
                continue;
            }

            if (outcome == RingOutcome.Answered)
            {
                managerAnsweredAt = time.GetUtcNow();
            }
            else
            {
                // After BUSY or CONGESTION Asterisk keeps the leg for seconds; hanging it up ourselves frees the phone.
                await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
            }

            return outcome.Value;
        }
    }

    private static RingOutcome? FromDialStatus(string dialStatus) => dialStatus switch
    {
        "ANSWER" => RingOutcome.Answered,
        "BUSY" => RingOutcome.Busy,
        "NOANSWER" => RingOutcome.NoAnswer,
        "CONGESTION" or "CHANUNAVAIL" or "CANCEL" or "DONTCALL" or "TORTURE" or "INVALIDARGS" => RingOutcome.Unavailable,
        _ => null,
    };

    /// <summary>Cause 17 is busy; 19, or Asterisk's own soft hangup (32) at the dial timeout, is no answer.</summary>
    private static RingOutcome FromHangup(AriEvent gone) => LegEvents.CauseOf(gone) switch
    {
        17 => RingOutcome.Busy,
        19 or 18 => RingOutcome.NoAnswer,
        32 when LegEvents.IsSoftHangup(gone) => RingOutcome.NoAnswer,
        _ => RingOutcome.Unavailable,
    };

    private bool IsCallerGone(AriEvent ariEvent)
    {
        var gone = LegEvents.IsGone(ariEvent, caller.Id);
        callerGone |= gone;
        return gone;
    }

    private async Task HangupLegAsync(string legId, HangupReason reason, CancellationToken cancellationToken)
    {
        if (liveLegs.Remove(legId))
        {
            await ari.Channels.HangupAsync(legId, reason, cancellationToken);
        }
    }

    /// <summary>
    /// The manager's phone must show the caller's own number. A SIP endpoint shows the leg's CALLERID; a Local channel
    /// shows its CONNECTEDLINE; so both are set.
    /// </summary>
    private ChannelCreateRequest ManagerLegRequest(RouteTarget target, string legId)
    {
        var number = caller.Caller?.Number ?? "";
        var name = caller.Caller?.Name ?? "";
        return new ChannelCreateRequest
        {
            Endpoint = target.Endpoint,
            App = ari.AppName,
            AppArgs = "manager-leg," + CallId,
            ChannelId = legId,
            Variables = new Dictionary<string, string>
            {
                ["CALLERID(num)"] = number,
                ["CALLERID(name)"] = name,
                ["CONNECTEDLINE(num)"] = number,
                ["CONNECTEDLINE(name)"] = name,
                ["CALLTRACKER_CALL_ID"] = CallId,
            },
        };
    }
}
