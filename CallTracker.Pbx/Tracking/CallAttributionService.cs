using CallTracker.Pbx.Routing;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Tracking;

/// <summary>Attributes each arriving call (see <see cref="AttributionPolicy"/>); the journal stores the result and the caller's touches.</summary>
public sealed partial class CallAttributionService(
    TrackingDirectory directory,
    INumberAssignmentRepository assignments,
    ICallAttributionRepository attributions,
    ICallerTouchRepository touches,
    ILogger<CallAttributionService> logger) : ICallAttribution
{
    public async Task<CallAttributionRow?> DecideAsync(string callId, string trackingNumber, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        try
        {
            var role = directory.Classify(trackingNumber);
            var candidates = role.Kind == NumberRoleKind.Pool
                ? await assignments.ListCandidatesAsync(PhoneNumber.Normalize(trackingNumber), arrivedAt, cancellationToken)
                : [];
            var attribution = AttributionPolicy.Decide(callId, trackingNumber, role, candidates, arrivedAt, directory.ActiveWindow);
            LogAttributed(logger, attribution.Reason, attribution.Source ?? "", attribution.SessionId ?? "", attribution.Candidates);
            return attribution;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAttributionFailed(logger, e, trackingNumber);
            return null;
        }
    }

    /// <summary>Stores the attribution and, when the source is known, the caller's touch; the journal's writer calls it.</summary>
    public async Task StoreAsync(CallAttributionRow attribution, string callerNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        await attributions.InsertAsync(attribution, cancellationToken);
        await RecordTouchAsync(PhoneNumber.Normalize(callerNumber), attribution, cancellationToken);
    }

    /// <summary>Only a call whose source is known is a touch; an anonymous caller has no history to keep.</summary>
    private async Task RecordTouchAsync(string callerDigits, CallAttributionRow attribution, CancellationToken cancellationToken)
    {
        if (callerDigits.Length == 0 || attribution.Source is null)
        {
            return;
        }

        var touch = new CallerTouch
        {
            CallId = attribution.CallId,
            At = attribution.AttributedAt,
            Source = attribution.Source,
            Channel = attribution.Channel ?? "",
            Campaign = attribution.Campaign,
            SessionId = attribution.SessionId,
        };
        await touches.RecordAsync(callerDigits, touch, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call attributed: {Reason}, source {Source}, session {SessionId} ({Candidates} candidate(s))")]
    private static partial void LogAttributed(ILogger logger, string reason, string source, string sessionId, int candidates);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not attribute the call to {TrackingNumber}; the call goes on unattributed")]
    private static partial void LogAttributionFailed(ILogger logger, Exception exception, string trackingNumber);
}
