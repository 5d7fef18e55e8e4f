using CallTracker.Ivr.Menus;
using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Steps;
using CallTracker.Pbx.Routing;
using CallTracker.Store.Rows;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Flows;

/// <summary>
/// A call from the trunk: business hours first, then the route's voice menu, then its managers as the route's ring
/// strategy says, the conversation, and the tagging menu; voicemail where the route or schedule asks for it.
/// </summary>
public sealed partial class InboundFlow : ICallFlow
{
    private readonly CallSession session;
    private readonly Channel channel;
    private readonly string trackingNumber;
    private readonly RouteDecision decision;
    private readonly Leg caller;
    private Task<string?> source = Task.FromResult<string?>(null);
    private Lazy<Task> subscribed = new(Task.CompletedTask);
    private MenuFailure? menuFailure;
    private bool answered;
    private IDisposable? setup;

    internal InboundFlow(CallSession session, Channel channel, string trackingNumber, RouteDecision decision)
    {
        this.session = session;
        this.channel = channel;
        this.trackingNumber = trackingNumber;
        this.decision = decision;

        // The caller's leg exists before the session is registered: no event about it can arrive unobserved.
        caller = session.AddLeg(channel.Id, session.CallId);
    }

    public IReadOnlyDictionary<string, object> LogScope => new Dictionary<string, object>
    {
        ["CallId"] = session.CallId,
        ["ChannelId"] = channel.Id,
        ["Caller"] = CallerNumber,
        ["TrackingNumber"] = trackingNumber,
    };

    private string CallerNumber => channel.Caller?.Number ?? "";

    public async Task<CallStatus> RunAsync(CancellationToken cancellationToken)
    {
        // Until its first phone is dialled the call holds back other callers' ringing (CallSetupGate); a menu or the
        // schedule lets go of it too, and so does the end of the call, whatever ends it.
        setup = session.Services.Setup.Enter();
        try
        {
            return await ArriveAsync(cancellationToken);
        }
        finally
        {
            setup.Dispose();
        }
    }

    private async Task<CallStatus> ArriveAsync(CancellationToken cancellationToken)
    {
        var route = decision.Route;
        session.Publish(new CallArrived(channel.Id, trackingNumber, CallerNumber, channel.Caller?.Name, route.Name, decision.IsKnownNumber, CallRow.InboundDirection));
        if (!decision.IsKnownNumber)
        {
            LogUnknownNumber(session.Logger, trackingNumber, route.Name);
        }

        LogArrived(session.Logger, CallerNumber, trackingNumber, route.Name);
        source = AttributeAsync(session.Time.GetUtcNow(), cancellationToken);

        // Without a subscription Asterisk stops telling us about the channel at StasisEnd. It need not hold up the first
        // manager's phone: ringing sends it once that phone is dialled, every other step before it starts.
        subscribed = new(() => session.Ari.Applications.SubscribeAsync(session.Ari.AppName, "channel:" + channel.Id, cancellationToken));
        if (route.Schedule is { } schedule && !schedule.IsOpen(session.Time.GetUtcNow()))
        {
            setup?.Dispose();
            await subscribed.Value;
            return await OffHoursAsync(schedule, cancellationToken);
        }

        return await FollowRouteAsync(route, cancellationToken);
    }

    private async Task<CallStatus> FollowRouteAsync(Route route, CancellationToken cancellationToken)
    {
        if (route.Menu is null)
        {
            return await RingAsync(route, route.Targets, cancellationToken);
        }

        setup?.Dispose();
        await subscribed.Value;
        var result = await Steps.MenuStep.RunAsync(session, caller, route.Menu, cancellationToken);
        menuFailure = result.Failure;
        var routes = session.Services.Routes;
        return result.Exit switch
        {
            MenuExit.HungUp => StatusOfMenuHangUp(result.HangUp!),
            MenuExit.Voicemail => await VoicemailAsync([], StatusOfCallerWhoLeft(), cancellationToken),
            MenuExit.DialExtension => await RingAsync(route, [routes.Extension(result.Target)], cancellationToken),
            _ => await RingAsync(routes.Get(result.Target), routes.Get(result.Target).Targets, cancellationToken),
        };
    }

    private async Task<CallStatus> RingAsync(Route route, IReadOnlyList<RouteTarget> targets, CancellationToken cancellationToken)
    {
        // The caller hears ringing or hold music once the first phone is dialled (during a burst, once every waiting
        // call's first phone is): the dials go first.
        var callerReady = new CallerPreparation(
            session.Services.Setup,
            setup!,
            () => Task.WhenAll(subscribed.Value, PrepareCallerAsync(route, cancellationToken)),
            cancellationToken);
        var ringing = new RouteRinging(session, caller, CallerNumber, new Dialer(session, caller, channel.Caller), route, source, callerReady);
        var result = await session.Services.RingStrategies.For(route, targets).RingAsync(ringing, cancellationToken);
        await callerReady.ReadyAsync();
        if (ringing.Conversation is { } conversation && result.Connected is not null)
        {
            answered = true;
            await ConverseStep.RunAsync(session, caller, conversation, route, cancellationToken);
            return CallStatus.Answered;
        }

        if (result.CallerLeft || caller.IsHungUp)
        {
            session.Publish(new CallerLeft(null));
            return StatusOfCallerWhoLeft();
        }

        var unanswered = result.EveryoneBusy ? CallStatus.Busy : CallStatus.Missed;
        session.Publish(new RouteExhausted(result.Attempts, unanswered.ToString()));
        if (route.WhenUnanswered == UnansweredAction.Voicemail)
        {
            return await VoicemailAsync([], unanswered, cancellationToken);
        }

        await caller.HangupAsync(result.EveryoneBusy ? HangupReason.Busy : HangupReason.Normal, cancellationToken);
        return unanswered;
    }
}
