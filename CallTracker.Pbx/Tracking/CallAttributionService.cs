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

    /// <summary>Stores the attribution and, when the source is known, the caller's touch (<see cref="TouchOf"/>).</summary>
    public async Task StoreAsync(CallAttributionRow attribution, string callerNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        await attributions.InsertAsync(attribution, cancellationToken);
        if (TouchOf(attribution, callerNumber) is { } touch)
        {
            await touches.RecordAsync(touch.CallerNumber, touch.Touch, cancellationToken);
        }
    }

    /// <summary>The touch the attributed call leaves in its caller's history, if any.</summary>
    /// <returns>Null when the source is unknown or the caller anonymous: such a call has no history to keep.</returns>
    public static CallerTouchUpdate? TouchOf(CallAttributionRow attribution, string callerNumber)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var callerDigits = PhoneNumber.Normalize(callerNumber);
        if (callerDigits.Length == 0 || attribution.Source is null)
        {
            return null;
        }

        return new CallerTouchUpdate(callerDigits, new CallerTouch
        {
            CallId = attribution.CallId,
            At = attribution.AttributedAt,
            Source = attribution.Source,
            Channel = attribution.Channel ?? "",
            Campaign = attribution.Campaign,
            SessionId = attribution.SessionId,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call attributed: {Reason}, source {Source}, session {SessionId} ({Candidates} candidate(s))")]
    private static partial void LogAttributed(ILogger logger, string reason, string source, string sessionId, int candidates);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not attribute the call to {TrackingNumber}; the call goes on unattributed")]
    private static partial void LogAttributionFailed(ILogger logger, Exception exception, string trackingNumber);
}
