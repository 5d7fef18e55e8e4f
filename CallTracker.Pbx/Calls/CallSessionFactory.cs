using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls.Flows;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Calls;

/// <summary>Builds the session and flow of each call: one that entered our Stasis app from the trunk or a manager's phone, or a callback's attempt.</summary>
public sealed class CallSessionFactory(CallServices services, IOptions<OutboundOptions> outbound, IOptions<CallbackOptions> callbacks, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<CallSession>();

    public (CallSession Session, ICallFlow Flow) CreateInbound(StasisStartEvent start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var trackingNumber = TrunkCallArgs.DialledNumber(start.Args, start.Channel.Dialplan?.Exten);
        var call = services.ForNewCall();
        var session = NewSession(call, NewCallId(call));
        return (session, new InboundFlow(session, start.Channel, trackingNumber, call.Routes.Resolve(trackingNumber)));
    }

    public (CallSession Session, ICallFlow Flow) CreateOutbound(StasisStartEvent start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var dialled = TrunkCallArgs.DialledNumber(start.Args, start.Channel.Dialplan?.Exten);
        var call = services.ForNewCall();
        var session = NewSession(call, NewCallId(call));
        return (session, new OutboundFlow(session, start.Channel, dialled, outbound.Value));
    }

    /// <param name="shownNumber">The site's number, shown on the managers' and the client's phones.</param>
    /// <remarks>A route removed from routing.json since the request gives way to the route of the site's number.</remarks>
    public (CallSession Session, ICallFlow Flow) CreateCallback(CallbackCall callback, string shownNumber, CallAttributionRow? attribution)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var call = services.ForNewCall();
        var route = call.Routes.Find(callback.Route) ?? call.Routes.Resolve(shownNumber).Route;
        var session = NewSession(call, callback.CallId);
        return (session, new CallbackFlow(session, callback, route, shownNumber, attribution, callbacks.Value, outbound.Value));
    }

    private CallSession NewSession(CallServices call, string callId) => new(callId, call, logger);

    private static string NewCallId(CallServices call) => Guid.CreateVersion7(call.Time.GetUtcNow()).ToString("N");
}
