using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Steps;
using CallTracker.Pbx.Routing;
using CallTracker.Store.Rows;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Flows;

/// <summary>
/// A call a manager places from their phone (the dialplan's Stasis(calltracker,outbound,number)): the number is rung
/// through the trunk while the manager hears ringing, and the two are joined once it answers. It is recorded as an
/// outgoing call: the manager is its caller, the number dialled its tracking number.
/// </summary>
public sealed partial class OutboundFlow : ICallFlow
{
    private readonly CallSession session;
    private readonly Channel channel;
    private readonly string number;
    private readonly OutboundOptions options;
    private readonly RouteTarget managerTarget;
    private readonly Leg manager;
    private bool answered;

    internal OutboundFlow(CallSession session, Channel channel, string dialled, OutboundOptions options)
    {
        this.session = session;
        this.channel = channel;
        this.options = options;
        number = PhoneNumber.Normalize(dialled);
        var endpoint = EndpointOf(channel.Name);
        managerTarget = new RouteTarget(endpoint, session.Services.Routes.ManagerName(endpoint), TimeSpan.Zero);

        // The manager's leg exists before the session is registered: no event about it can arrive unobserved.
        manager = session.AddLeg(channel.Id, session.CallId);
    }

    public IReadOnlyDictionary<string, object> LogScope => new Dictionary<string, object>
    {
        ["CallId"] = session.CallId,
        ["ChannelId"] = channel.Id,
        ["Manager"] = managerTarget.Endpoint,
        ["Dialled"] = number,
    };

    /// <summary>What an outgoing conversation takes from a route: only whether it is recorded.</summary>
    private Route OutgoingRoute => new("(outbound)", AnswerCaller: false, MusicOnHoldClass: "default", Targets: [], Record: options.Record);

    public async Task<CallStatus> RunAsync(CancellationToken cancellationToken)
    {
        session.Publish(new CallArrived(channel.Id, number, channel.Caller?.Number ?? "", channel.Caller?.Name, OutgoingRoute.Name, KnownNumber: true, CallRow.OutboundDirection));
        LogPlaced(session.Logger, managerTarget.Endpoint, number);

        // The manager is on a call: strategies that ring only free phones pass them by meanwhile.
        using var busy = session.Services.Load.Hold(managerTarget.Endpoint);
        await session.Ari.Applications.SubscribeAsync(session.Ari.AppName, "channel:" + channel.Id, cancellationToken);
        if (number.Length == 0)
        {
            session.Publish(new CallFailed("The dialplan passed no number to dial."));
            await manager.HangupAsync(HangupReason.Unallocated, cancellationToken);
            return CallStatus.Failed;
        }

        await manager.RingAsync(cancellationToken);
        var dialled = await new ClientDialer(session, options).DialAsync(number, options.RingTime, manager, null, cancellationToken);
        if (await CallWaits.FirstAsync(null, session.Time, cancellationToken, dialled.Outcome, manager.Ended) == 1)
        {
            await dialled.CancelAsync(cancellationToken);
            session.Publish(new ManagerLeft(managerTarget.Endpoint));
            return CallStatus.CallerHungUpBeforeAnswer;
        }

        var outcome = await dialled.Outcome;
        if (outcome == DialOutcome.Answered)
        {
            return await TalkAsync(dialled.Leg!, cancellationToken);
        }

        await manager.HangupAsync(ReasonFor(outcome), cancellationToken);
        return outcome == DialOutcome.Busy ? CallStatus.Busy : CallStatus.Missed;
    }

    private async Task<CallStatus> TalkAsync(Leg client, CancellationToken cancellationToken)
    {
        var answeredAt = session.Time.GetUtcNow();

        // The step answers its first leg: here that is the manager's own channel, still ringing until now.
        var bridge = await BridgeStep.JoinAsync(session, manager, client, cancellationToken);
        if (bridge is null)
        {
            return manager.IsHungUp ? CallStatus.CallerHungUpBeforeAnswer : CallStatus.Missed;
        }

        answered = true;
        await ConverseStep.RunAsync(session, client, new Conversation(manager, managerTarget, bridge, answeredAt), OutgoingRoute, cancellationToken);
        return CallStatus.Answered;
    }

    /// <summary>What the manager's phone is told: busy for a busy line, no answer, or a failed call for a number the trunk refused.</summary>
    private static HangupReason ReasonFor(DialOutcome outcome) => outcome switch
    {
        DialOutcome.Busy => HangupReason.Busy,
        DialOutcome.NoAnswer => HangupReason.NoAnswer,
        DialOutcome.Unavailable => HangupReason.Congestion,
        _ => HangupReason.Normal,
    };

    /// <summary>PJSIP/101-0000000a, the manager's channel, is placed from the endpoint PJSIP/101.</summary>
    private static string EndpointOf(string channelName)
    {
        var dash = channelName.LastIndexOf('-');
        return dash > 0 ? channelName[..dash] : channelName;
    }
}
