using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// One inbound call from the trunk, from StasisStart to its final status. It alone owns the call's state; its ARI
/// events arrive, in order, in its own inbox.
/// </summary>
public sealed partial class InboundCall
{
    private readonly AriClient ari;
    private readonly CallJournal journal;
    private readonly ICallAttribution attribution;
    private readonly CallRegistry registry;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CallInbox inbox;
    private readonly HashSet<string> liveLegs = new(StringComparer.Ordinal);
    private readonly Channel caller;
    private readonly RouteDecision decision;

    private DateTimeOffset arrivedAt;
    private DateTimeOffset? managerAnsweredAt;
    private DateTimeOffset? answeredAt;
    private string? answeredBy;
    private string? bridgeId;
    private bool callerAnswered;
    private bool callerGone;

    internal InboundCall(
        string trackingNumber,
        Channel caller,
        RouteDecision decision,
        AriClient ari,
        CallJournal journal,
        ICallAttribution attribution,
        CallRegistry registry,
        int inboxCapacity,
        TimeProvider time,
        ILogger logger)
    {
        TrackingNumber = trackingNumber;
        this.caller = caller;
        this.decision = decision;
        this.ari = ari;
        this.journal = journal;
        this.attribution = attribution;
        this.registry = registry;
        this.time = time;
        this.logger = logger;
        inbox = new CallInbox(inboxCapacity, time);
        CallId = Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }

    public string CallId { get; }

    public string CallerChannelId => caller.Id;

    public string TrackingNumber { get; }

    /// <summary>Hands an event to the call without waiting; false when its inbox is full.</summary>
    public bool Post(AriEvent ariEvent) => inbox.Post(ariEvent);

    public async Task RunAsync(CancellationToken stopping)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["CallId"] = CallId,
            ["ChannelId"] = caller.Id,
            ["Caller"] = caller.Caller?.Number ?? "",
            ["TrackingNumber"] = TrackingNumber,
        });
        arrivedAt = time.GetUtcNow();
        var status = CallStatus.Failed;
        try
        {
            await StartAsync(stopping);
            status = await RouteAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            status = await HandOverOnShutdownAsync();
        }
        catch (AriException e) when (e.IsNotFound && !answeredAt.HasValue)
        {
            // The caller's channel vanished under a REST call: a hangup whose events are still on their way.
            LogCallerVanished(logger, e.Message);
            status = CallStatus.CallerHungUpBeforeAnswer;
        }
        catch (Exception e) when (e is AriException or HttpRequestException or TaskCanceledException)
        {
            LogCallFailed(logger, e);
            await journal.AppendAsync(CallId, "Error", new { e.Message }, CancellationToken.None);
            status = answeredAt.HasValue ? CallStatus.Answered : CallStatus.Failed;
        }
        finally
        {
            await FinishAsync(status);
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        await journal.StartAsync(ToRow(CallStatus.InProgress, endedAt: null), cancellationToken);
        await journal.AppendAsync(CallId, "Arrived", new { TrackingNumber, caller = caller.Caller, route = decision.Route.Name, knownNumber = decision.IsKnownNumber }, cancellationToken);
        await attribution.AttributeAsync(CallId, TrackingNumber, caller.Caller?.Number ?? "", arrivedAt, cancellationToken);
        if (!decision.IsKnownNumber)
        {
            LogUnknownNumber(logger, TrackingNumber, decision.Route.Name);
        }

        LogArrived(logger, caller.Caller?.Number ?? "", TrackingNumber, decision.Route.Name);

        // Without a subscription Asterisk stops telling us about the channel at StasisEnd.
        await ari.Applications.SubscribeAsync(ari.AppName, "channel:" + caller.Id, cancellationToken);
        if (decision.Route.AnswerCaller)
        {
            await AnswerCallerAsync(cancellationToken);
            await ari.Channels.StartMohAsync(caller.Id, decision.Route.MusicOnHoldClass, cancellationToken);
        }
        else
        {
            await ari.Channels.RingAsync(caller.Id, cancellationToken);
        }
    }

    private async Task<CallStatus> RouteAsync(CancellationToken cancellationToken)
    {
        var everyoneBusy = true;
        var attempt = 0;
        foreach (var target in decision.Route.Targets)
        {
            attempt++;
            var (outcome, legId) = await RingAsync(target, attempt, cancellationToken);
            switch (outcome)
            {
                case RingOutcome.Answered:
                    if (await ConverseAsync(legId!, target, cancellationToken) is { } status)
                    {
                        return status;
                    }

                    everyoneBusy = false;
                    break;
                case RingOutcome.CallerHungUp:
                    return CallStatus.CallerHungUpBeforeAnswer;
                case RingOutcome.Busy:
                    break;
                default:
                    everyoneBusy = false;
                    break;
            }
        }

        var unanswered = everyoneBusy ? CallStatus.Busy : CallStatus.Missed;
        await journal.AppendAsync(CallId, "RouteExhausted", new { attempts = attempt, status = unanswered.ToString() }, cancellationToken);
        await ari.Channels.HangupAsync(caller.Id, everyoneBusy ? HangupReason.Busy : HangupReason.Normal, cancellationToken);
        return unanswered;
    }

    private async Task AnswerCallerAsync(CancellationToken cancellationToken)
    {
        if (!callerAnswered)
        {
            await ari.Channels.AnswerAsync(caller.Id, cancellationToken);
            callerAnswered = true;
        }
    }

    /// <summary>
    /// On shutdown an unanswered caller goes on in the dialplan, whose fallback rings the default group; an answered
    /// call stays bridged in Asterisk, which keeps it without us.
    /// </summary>
    private async Task<CallStatus> HandOverOnShutdownAsync()
    {
        if (answeredAt.HasValue)
        {
            return CallStatus.Answered;
        }

        await HangupLegsAsync();
        try
        {
            await ari.Channels.ContinueInDialplanAsync(caller.Id, null, null, null, CancellationToken.None);
            callerGone = true;
            await journal.AppendAsync(CallId, "HandedToDialplan", null, CancellationToken.None);
            return CallStatus.HandedToDialplan;
        }
        catch (AriException e)
        {
            LogHandOverFailed(logger, e.Message);
            return callerGone ? CallStatus.CallerHungUpBeforeAnswer : CallStatus.Failed;
        }
    }
}
