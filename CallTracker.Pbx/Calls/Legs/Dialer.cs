using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Models;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Legs;

/// <summary>
/// Rings managers for one call: creates each leg in our app (so its events reach the call), dials it, subscribes to
/// it once calls being set up allow, and watches the ringing to its outcome. Nothing here waits on anything but Asterisk.
/// </summary>
public sealed partial class Dialer
{
    private readonly CallSession session;
    private readonly Leg? caller;
    private readonly CallerId? callerId;
    private int attempts;

    /// <param name="caller">The caller's leg, named in each dial; null when nobody is waiting yet (a callback rings managers first).</param>
    internal Dialer(CallSession session, Leg? caller, CallerId? callerId)
    {
        this.session = session;
        this.caller = caller;
        this.callerId = callerId;
    }

    /// <summary>Starts ringing <paramref name="target"/>; the attempt's outcome says how it ended. Never throws for an ARI error.</summary>
    public async Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var attempt = Interlocked.Increment(ref attempts);
        var legId = $"{session.CallId}-m{attempt}";
        var leg = session.AddLeg(legId, legId);
        var hold = session.Services.Load.Hold(target.Endpoint, session.CallId);
        _ = leg.Ended.ContinueWith(_ => hold.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var ringSeconds = (int)target.RingTime.TotalSeconds;
        session.Publish(new LegRinging(target.Endpoint, target.ManagerName, attempt, ringSeconds, target.Dealer));
        LogRinging(session.Logger, target.Endpoint, attempt);
        try
        {
            await session.Ari.Channels.CreateAsync(LegRequest(target, legId), cancellationToken);
            await session.Ari.Channels.DialAsync(legId, caller?.Id, ringSeconds, cancellationToken);
            leg.SubscribeOnceSetUp(session.Services.Setup);
        }
        catch (AriException e)
        {
            // A bad endpoint (500 "Allocation failed") or a refused dial: the strategy moves on rather than drop the caller.
            LogLegFailed(session.Logger, target.Endpoint, e.Message);
            session.Publish(new LegUnavailable(target.Endpoint, attempt, e.Message, target.Dealer));
            await leg.HangupAsync(HangupReason.Normal, cancellationToken);
            return new DialAttempt(target, attempt, null, Task.FromResult(DialOutcome.Unavailable));
        }

        return new DialAttempt(target, attempt, leg, WatchAsync(leg, target, attempt, cancellationToken));
    }

    private async Task<DialOutcome> WatchAsync(Leg leg, RouteTarget target, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await leg.RingOutcomeAsync(target.RingTime, cancellationToken);
            if (outcome == DialOutcome.Answered)
            {
                LogAnswered(session.Logger, target.Endpoint);
                session.Publish(new LegAnswered(target.Endpoint, target.ManagerName, attempt, target.Dealer));
                return outcome;
            }

            session.Publish(new LegNotConnected(target.Endpoint, attempt, outcome.ToString(), target.Dealer));
            return outcome;
        }
        catch (Exception e) when (e is OperationCanceledException or AriException or HttpRequestException)
        {
            // The call is ending, or the hang-up failed: either way this phone no longer rings for the call.
            return DialOutcome.Cancelled;
        }
    }

    /// <summary>
    /// The manager's phone must show the caller's own number. A SIP endpoint shows the leg's CALLERID; a Local channel
    /// shows its CONNECTEDLINE; so both are set, each whole (<c>all</c>): Asterisk sends an event for every part set,
    /// and during a burst of calls each event costs the next call's dial.
    /// </summary>
    private ChannelCreateRequest LegRequest(RouteTarget target, string legId)
    {
        // Asterisk parses the value as "name" <number>, taking the last '<' for the number and the outer quotes off the name.
        var party = $"\"{callerId?.Name}\" <{callerId?.Number}>";
        return new ChannelCreateRequest
        {
            Endpoint = target.Endpoint,
            App = session.Ari.AppName,
            AppArgs = "manager-leg," + session.CallId,
            ChannelId = legId,
            Variables = new Dictionary<string, string>
            {
                ["CALLERID(all)"] = party,
                ["CONNECTEDLINE(all)"] = party,
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ringing {Endpoint} (attempt {Attempt})")]
    private static partial void LogRinging(ILogger logger, string endpoint, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ring {Endpoint}: {Problem}; trying the next manager")]
    private static partial void LogLegFailed(ILogger logger, string endpoint, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Endpoint} answered")]
    private static partial void LogAnswered(ILogger logger, string endpoint);
}
