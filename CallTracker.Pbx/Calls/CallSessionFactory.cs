using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Calls.Flows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>Builds the session and flow for a channel that entered our Stasis app from the trunk.</summary>
public sealed class CallSessionFactory(CallServices services, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<CallSession>();

    public (CallSession Session, ICallFlow Flow) CreateInbound(StasisStartEvent start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var trackingNumber = TrunkCallArgs.DialledNumber(start.Args, start.Channel.Dialplan?.Exten);
        var call = services.ForNewCall();
        var session = new CallSession(Guid.CreateVersion7(call.Time.GetUtcNow()).ToString("N"), call, logger);
        return (session, new InboundFlow(session, start.Channel, trackingNumber, call.Routes.Resolve(trackingNumber)));
    }
}
