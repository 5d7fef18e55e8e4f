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

    /// <summary>The session the request named is read before the call starts; a store failure leaves the call attributed to the site only.</summary>
    private async Task<CallAttributionRow> AttributeAsync(CallbackCall call, string site, string shownNumber, CancellationToken cancellationToken)
    {
        TrackingSessionRow? session = null;
        if (call.SessionId is { } sessionId)
        {
            try
            {
                session = await sessions.GetAsync(sessionId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSessionReadFailed(logger, e, call.CallbackId);
            }
        }

        var attribution = AttributionPolicy.ForCallback(call.CallId, site, shownNumber, session, time.GetUtcNow());
        if (call.SessionId is not null && attribution.SessionId is null)
        {
            LogUnknownSession(logger, call.CallbackId, call.SessionId, site);
        }

        return attribution;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId} names session {SessionId}, which site {Site} does not have (expired or made up); the call is attributed to the site only")]
    private static partial void LogUnknownSession(ILogger logger, string callbackId, string sessionId, string site);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the session of callback {CallbackId}; its call goes on unattributed to a visit")]
    private static partial void LogSessionReadFailed(ILogger logger, Exception exception, string callbackId);
}
