using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Callbacks;

/// <summary>
/// Places callback attempts through the <see cref="CallDispatcher"/>. The session the request came from is read here,
/// before the call starts, so the call is attributed to the visit's source without waiting on the store.
/// </summary>
public sealed partial class CallbackCalls(
    CallDispatcher dispatcher,
    AriEventSocket socket,
    TrackingDirectory directory,
    ITrackingSessionRepository sessions,
    TimeProvider time,
    ILogger<CallbackCalls> logger) : ICallbackCalls
{
    public bool CanCall => socket.State == AriConnectionState.Connected;

    public async Task<CallStatus> CallAsync(CallbackCall attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var site = directory.FindSite(attempt.Site);
        var shownNumber = site?.DefaultNumber ?? "";
        var attribution = await AttributeAsync(attempt, site?.Name ?? attempt.Site, shownNumber, cancellationToken);
        return await dispatcher.RunCallback(attempt, shownNumber, attribution);
    }

    /// <summary>The session's source, channel and campaign; Unknown (the site only) without a session of that site.</summary>
    private async Task<CallAttributionRow> AttributeAsync(CallbackCall call, string site, string shownNumber, CancellationToken cancellationToken)
    {
        var row = new CallAttributionRow
        {
            CallId = call.CallId,
            TrackingNumber = shownNumber,
            Reason = nameof(AttributionReason.Unknown),
            Site = site,
            AttributedAt = time.GetUtcNow(),
        };
        if (call.SessionId is null)
        {
            return row;
        }

        try
        {
            var session = await sessions.GetAsync(call.SessionId, cancellationToken);
            if (session is null || !string.Equals(session.Site, site, StringComparison.OrdinalIgnoreCase))
            {
                LogUnknownSession(logger, call.CallbackId, call.SessionId, site);
                return row;
            }

            return row with
            {
                Reason = nameof(AttributionReason.Callback),
                SessionId = session.Id,
                VisitorId = session.VisitorId,
                Source = session.Source,
                Channel = session.Channel,
                Campaign = session.UtmCampaign,
                Candidates = 1,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSessionReadFailed(logger, e, call.CallbackId);
            return row;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId} names session {SessionId}, which site {Site} does not have (expired or made up); the call is attributed to the site only")]
    private static partial void LogUnknownSession(ILogger logger, string callbackId, string sessionId, string site);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the session of callback {CallbackId}; its call goes on unattributed to a visit")]
    private static partial void LogSessionReadFailed(ILogger logger, Exception exception, string callbackId);
}
