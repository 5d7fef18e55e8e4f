using CallTracker.Ivr.Menus;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// One inbound call from the trunk, from StasisStart to its final status. It alone owns the call's state; its ARI
/// events arrive, in order, in its own inbox.
/// </summary>
public sealed partial class InboundCall : IDisposable
{
    private readonly CallServices services;
    private readonly AriClient ari;
    private readonly CallJournal journal;
    private readonly CallRegistry registry;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CallInbox inbox;
    private readonly CallLimitsOptions limits;

    // The call's own lifetime: cancelled by host shutdown or by its watchdog, which tells the two apart.
    private readonly CancellationTokenSource lifetime = new();
    private readonly CallWatchdog watchdog;
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
    private bool holdMusic;
    private string? source;

    internal InboundCall(string trackingNumber, Channel caller, RouteDecision decision, CallServices services, ILogger logger)
    {
        TrackingNumber = trackingNumber;
        this.caller = caller;
        this.decision = decision;
        this.services = services;
        ari = services.Ari;
        journal = services.Journal;
        registry = services.Registry;
        time = services.Time;
        this.logger = logger;
        inbox = new CallInbox(services.InboxCapacity, time);
        limits = services.Limits;
        watchdog = new CallWatchdog(lifetime, time, limits.WatchdogPeriod, logger);
        CallId = Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }

    public string CallId { get; }

    public string CallerChannelId => caller.Id;

    public string TrackingNumber { get; }

    public void Dispose()
    {
        watchdog.Dispose();
        lifetime.Dispose();
    }

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
        await using var shutdown = stopping.Register(lifetime.Cancel);
        try
        {
            await StartAsync(lifetime.Token);
            status = await HandleAsync(lifetime.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            status = await HandOverAsync();
        }
        catch (OperationCanceledException) when (watchdog.Expired is { } waitedFor)
        {
            await journal.AppendAsync(CallId, "Stuck", new { waitedFor }, CancellationToken.None);
            status = await HandOverAsync();
        }
        catch (AriException e) when (e.IsNotFound && !answeredAt.HasValue)
        {
            // The caller's channel vanished under a REST call: a hangup whose events are still on their way.
            LogCallerVanished(logger, e.Message);
            status = StatusOfCallerWhoLeft();
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
        source = await services.Attribution.AttributeAsync(CallId, TrackingNumber, caller.Caller?.Number ?? "", arrivedAt, cancellationToken);
        if (!decision.IsKnownNumber)
        {
            LogUnknownNumber(logger, TrackingNumber, decision.Route.Name);
        }

        LogArrived(logger, caller.Caller?.Number ?? "", TrackingNumber, decision.Route.Name);

        // Without a subscription Asterisk stops telling us about the channel at StasisEnd.
        await ari.Applications.SubscribeAsync(ari.AppName, "channel:" + caller.Id, cancellationToken);
    }

    /// <summary>Business hours first, then the route's voice menu, then its managers.</summary>
    private async Task<CallStatus> HandleAsync(CancellationToken cancellationToken)
    {
        var route = decision.Route;
        if (route.Schedule is { } schedule && !schedule.IsOpen(arrivedAt))
        {
            offHours = true;
            var offHoursAction = schedule.OffHours;
            await journal.AppendAsync(CallId, "OffHours", new { schedule = schedule.Name, action = offHoursAction.Action.ToString() }, cancellationToken);
            switch (offHoursAction.Action)
            {
                case OffHoursAction.Voicemail:
                    return await TakeVoicemailAsync(offHoursAction.Prompts, CallStatus.OffHours, cancellationToken);
                case OffHoursAction.Message:
                    await PlayMessageAsync(offHoursAction.Prompts, cancellationToken);
                    return CallStatus.OffHours;
                default:
                    route = services.Routes.Get(offHoursAction.Route!);
                    break;
            }
        }

        return await FollowRouteAsync(route, cancellationToken);
    }

    private async Task<CallStatus> FollowRouteAsync(Route route, CancellationToken cancellationToken)
    {
        if (route.Menu is null)
        {
            return await RingTargetsAsync(route, route.Targets, cancellationToken);
        }

        var result = await RunMenuAsync(route.Menu, cancellationToken);
        switch (result.Exit)
        {
            case MenuExit.HungUp:
                return StatusOfMenuHangUp(result.HangUp!);
            case MenuExit.Voicemail:
                return await TakeVoicemailAsync([], StatusOfCallerWhoLeft(), cancellationToken);
            case MenuExit.DialExtension:
                return await RingTargetsAsync(route, [services.Routes.Extension(result.Target)], cancellationToken);
            default:
                var chosen = services.Routes.Get(result.Target);
                return await RingTargetsAsync(chosen, chosen.Targets, cancellationToken);
        }
    }

    private async Task<CallStatus> RingTargetsAsync(Route route, IReadOnlyList<RouteTarget> targets, CancellationToken cancellationToken)
    {
        await PrepareCallerForRingingAsync(route, cancellationToken);
        var busy = 0;
        var attempt = 0;
        foreach (var target in targets)
        {
            attempt++;
            var (outcome, legId) = await RingAsync(route, target, attempt, cancellationToken);
            switch (outcome)
            {
                case RingOutcome.Answered:
                    if (await ConverseAsync(route, legId!, target, cancellationToken) is { } status)
                    {
                        return status;
                    }

                    break;
                case RingOutcome.CallerHungUp:
                    return StatusOfCallerWhoLeft();
                case RingOutcome.Busy:
                    busy++;
                    break;
            }
        }

        var everyoneBusy = attempt > 0 && busy == attempt;
        var unanswered = everyoneBusy ? CallStatus.Busy : CallStatus.Missed;
        await journal.AppendAsync(CallId, "RouteExhausted", new { attempts = attempt, status = unanswered.ToString() }, cancellationToken);
        if (route.WhenUnanswered == UnansweredAction.Voicemail)
        {
            return await TakeVoicemailAsync([], unanswered, cancellationToken);
        }

        await ari.Channels.HangupAsync(caller.Id, everyoneBusy ? HangupReason.Busy : HangupReason.Normal, cancellationToken);
        callerGone = true;
        return unanswered;
    }

    /// <summary>
    /// A caller still ringing hears ringing until a manager answers; one already answered (by a menu, or by a route
    /// that answers at once) hears music on hold instead.
    /// </summary>
    private async Task PrepareCallerForRingingAsync(Route route, CancellationToken cancellationToken)
    {
        if (callerAnswered || route.AnswerCaller)
        {
            await AnswerCallerAsync(cancellationToken);
            await ari.Channels.StartMohAsync(caller.Id, route.MusicOnHoldClass, cancellationToken);
            holdMusic = true;
        }
        else
        {
            await ari.Channels.RingAsync(caller.Id, cancellationToken);
        }
    }

    private async Task AnswerCallerAsync(CancellationToken cancellationToken)
    {
        if (!callerAnswered)
        {
            await ari.Channels.AnswerAsync(caller.Id, cancellationToken);
            callerAnswered = true;
        }
    }

    private async Task StopHoldMusicAsync(CancellationToken cancellationToken)
    {
        if (holdMusic)
        {
            holdMusic = false;
            await ari.Channels.StopMohAsync(caller.Id, cancellationToken);
        }
    }

    /// <summary>
    /// On shutdown, or when the watchdog ends a stuck call, an unanswered caller goes on in the dialplan, whose fallback
    /// rings the default group. An answered call keeps its status, and a caller who already left keeps theirs.
    /// </summary>
    private async Task<CallStatus> HandOverAsync()
    {
        if (answeredAt.HasValue)
        {
            return CallStatus.Answered;
        }

        if (callerGone)
        {
            return StatusOfCallerWhoLeft();
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
            return callerGone ? StatusOfCallerWhoLeft() : CallStatus.Failed;
        }
    }
}
