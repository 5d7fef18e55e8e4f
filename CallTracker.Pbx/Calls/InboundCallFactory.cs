using CallTracker.Pbx.Ari.Events;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>Builds the handler for a channel that entered our Stasis app from the trunk.</summary>
public sealed class InboundCallFactory(CallServices services, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<InboundCall>();

    public InboundCall Create(StasisStartEvent start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var trackingNumber = TrunkCallArgs.DialledNumber(start.Args, start.Channel.Dialplan?.Exten);
        var call = services.ForNewCall();
        return new InboundCall(trackingNumber, start.Channel, call.Routes.Resolve(trackingNumber), call, logger);
    }
}
