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
        var trackingNumber = DialledNumber(start);
        var call = services.ForNewCall();
        return new InboundCall(trackingNumber, start.Channel, call.Routes.Resolve(trackingNumber), call, logger);
    }

    /// <summary>Stasis(calltracker,inbound,${EXTEN}) passes it as the second argument; without one, the dialplan exten is it.</summary>
    private static string DialledNumber(StasisStartEvent start) =>
        start.Args.Count >= 2 && !string.IsNullOrWhiteSpace(start.Args[1])
            ? start.Args[1]
            : start.Channel.Dialplan?.Exten ?? "";
}
