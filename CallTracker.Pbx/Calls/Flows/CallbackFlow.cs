using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Steps;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Flows;

/// <summary>
/// One attempt at a callback: the route's managers first, as its ring strategy says; the one who answers hears a short
/// prompt, the client is dialled for them, and they talk (recorded and tagged as the route says). Nobody waits on the
/// line meanwhile, so there is nothing to hand back to the dialplan.
/// </summary>
public sealed partial class CallbackFlow : ICallFlow
{
    private readonly CallSession session;
    private readonly CallbackCall call;
    private readonly Route route;
    private readonly string shownNumber;
    private readonly CallAttributionRow? attribution;
    private readonly CallbackOptions options;
    private readonly OutboundOptions outbound;
    private bool connected;

    /// <param name="shownNumber">The site's number, which the managers' and the client's phones show.</param>
    internal CallbackFlow(CallSession session, CallbackCall call, Route route, string shownNumber, CallAttributionRow? attribution, CallbackOptions options, OutboundOptions outbound)
    {
        this.session = session;
        this.call = call;
        this.route = route;
        this.shownNumber = shownNumber;
        this.attribution = attribution;
        this.options = options;
        this.outbound = outbound;
    }

    public IReadOnlyDictionary<string, object> LogScope => new Dictionary<string, object>
    {
        ["CallId"] = session.CallId,
        ["CallbackId"] = call.CallbackId,
        ["Client"] = call.Phone,
        ["Attempt"] = call.Attempt,
    };

    public async Task<CallStatus> RunAsync(CancellationToken cancellationToken)
    {
        session.Publish(new CallArrived("", shownNumber, call.Phone, null, route.Name, KnownNumber: true, CallRow.CallbackDirection));
        session.Publish(new CallbackAttemptStarted(call.CallbackId, call.Attempt));
        if (attribution is not null)
        {
            session.Publish(new CallAttributed(attribution, call.Phone));
        }

        LogStarted(session.Logger, call.CallbackId, call.Attempt, call.Phone, route.Name);
        var managers = new Dialer(session, null, new CallerId("Callback " + call.Site, call.Phone));
        var ringing = new CallbackRinging(session, managers, new ClientDialer(session, outbound), call, shownNumber, options);
        var result = await session.Services.RingStrategies.For(route, route.Targets).RingAsync(ringing, cancellationToken);
        if (ringing.Conversation is { } conversation && result.Connected is not null)
        {
            connected = true;
            await ConverseStep.RunAsync(session, ringing.Client!, conversation, route, cancellationToken);
            return CallStatus.CallbackConnected;
        }

        if (ringing.ClientOutcome is { } outcome)
        {
            return outcome == DialOutcome.Busy ? CallStatus.CallbackClientBusy : CallStatus.CallbackClientNoAnswer;
        }

        session.Publish(new RouteExhausted(result.Attempts, nameof(CallStatus.CallbackManagerNoAnswer)));
        return CallStatus.CallbackManagerNoAnswer;
    }

    /// <summary>The service stops, or the watchdog gave up: an attempt that connected nobody is Interrupted, and retried.</summary>
    public Task<CallStatus> EndEarlyAsync() => Task.FromResult(connected ? CallStatus.CallbackConnected : CallStatus.Interrupted);

    public CallStatus StatusAfterFailure(Exception exception)
    {
        LogCallbackFailed(session.Logger, exception);
        session.Publish(new CallFailed(exception.Message));
        return connected ? CallStatus.CallbackConnected : CallStatus.Failed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId}, attempt {Attempt}: ringing route {Route} to call {Client} back")]
    private static partial void LogStarted(ILogger logger, string callbackId, int attempt, string client, string route);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback attempt failed")]
    private static partial void LogCallbackFailed(ILogger logger, Exception exception);
}
