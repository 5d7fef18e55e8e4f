using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Legs;

/// <summary>
/// Rings a client's number through the trunk for one call (a manager's outgoing call, a callback): the leg is created
/// in our app and dialled as a manager's is, and its events are the client's (ClientRinging, ClientAnswered …), so
/// nothing counts the client as a manager. Never throws for an ARI error: the attempt's outcome is Unavailable.
/// </summary>
internal sealed partial class ClientDialer(CallSession session, OutboundOptions outbound)
{
    private int attempts;

    /// <param name="digits">The client's number, digits only.</param>
    /// <param name="caller">The channel the client is being connected to (the manager's), named in the dial.</param>
    /// <param name="shownNumber">The number the client's phone shows; null leaves it to the trunk.</param>
    public async Task<DialAttempt> DialAsync(string digits, TimeSpan ringTime, Leg caller, string? shownNumber, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref attempts);
        var legId = $"{session.CallId}-c{attempt}";
        var endpoint = outbound.EndpointFor(digits);
        // The client stands where a manager would in a dial attempt; the target's name is their number.
        var target = new RouteTarget(endpoint, digits, ringTime);
        var leg = session.AddLeg(legId, legId);
        session.Publish(new ClientRinging(endpoint, digits, (int)ringTime.TotalSeconds));
        LogRinging(session.Logger, endpoint);
        try
        {
            await session.Ari.Channels.CreateAsync(LegRequest(endpoint, legId, shownNumber), cancellationToken);
            await session.Ari.Applications.SubscribeAsync(session.Ari.AppName, "channel:" + legId, cancellationToken);
            await session.Ari.Channels.DialAsync(legId, caller.Id, (int)ringTime.TotalSeconds, cancellationToken);
        }
        catch (AriException e)
        {
            LogLegFailed(session.Logger, endpoint, e.Message);
            session.Publish(new ClientNotConnected(endpoint, digits, nameof(DialOutcome.Unavailable), e.Message));
            await leg.HangupAsync(HangupReason.Normal, cancellationToken);
            return new DialAttempt(target, attempt, null, Task.FromResult(DialOutcome.Unavailable));
        }

        return new DialAttempt(target, attempt, leg, WatchAsync(leg, target, digits, cancellationToken));
    }

    private async Task<DialOutcome> WatchAsync(Leg leg, RouteTarget target, string digits, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await leg.RingOutcomeAsync(target.RingTime, cancellationToken);
            if (outcome == DialOutcome.Answered)
            {
                session.Publish(new ClientAnswered(target.Endpoint, digits));
                return outcome;
            }

            session.Publish(new ClientNotConnected(target.Endpoint, digits, outcome.ToString(), null));
            return outcome;
        }
        catch (Exception e) when (e is OperationCanceledException or AriException or HttpRequestException)
        {
            return DialOutcome.Cancelled;
        }
    }

    /// <summary>A client leg says so in its Stasis arguments: a process that finds it left behind hangs it up.</summary>
    private ChannelCreateRequest LegRequest(string endpoint, string legId, string? shownNumber) => new()
    {
        Endpoint = endpoint,
        App = session.Ari.AppName,
        AppArgs = "client-leg," + session.CallId,
        ChannelId = legId,
        Variables = shownNumber is null
            ? null
            : new Dictionary<string, string>
            {
                ["CALLERID(num)"] = shownNumber,
                ["CONNECTEDLINE(num)"] = shownNumber,
            },
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Ringing the client at {Endpoint}")]
    private static partial void LogRinging(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ring the client at {Endpoint}: {Problem}")]
    private static partial void LogLegFailed(ILogger logger, string endpoint, string problem);
}
