using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Calls;

/// <summary>Builds the handler for a channel that entered our Stasis app from the trunk.</summary>
public sealed class InboundCallFactory(
    AriClient ari,
    CallJournal journal,
    ICallAttribution attribution,
    CallRegistry registry,
    RouteTable routes,
    IOptions<AriOptions> options,
    TimeProvider time,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<InboundCall>();

    public InboundCall Create(StasisStartEvent start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var trackingNumber = DialledNumber(start);
        return new InboundCall(
            trackingNumber,
            start.Channel,
            routes.Resolve(trackingNumber),
            ari,
            journal,
            attribution,
            registry,
            options.Value.CallInboxCapacity,
            time,
            logger);
    }

    /// <summary>Stasis(calltracker,inbound,${EXTEN}) passes it as the second argument; without one, the dialplan exten is it.</summary>
    private static string DialledNumber(StasisStartEvent start) =>
        start.Args.Count >= 2 && !string.IsNullOrWhiteSpace(start.Args[1])
            ? start.Args[1]
            : start.Channel.Dialplan?.Exten ?? "";
}
