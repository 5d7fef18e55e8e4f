using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Call from {Caller} to {TrackingNumber} takes route {Route}")]
    private static partial void LogArrived(ILogger logger, string caller, string trackingNumber, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking number {TrackingNumber} is not in routing.json; the call takes the default route {Route}")]
    private static partial void LogUnknownNumber(ILogger logger, string trackingNumber, string route);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ringing {Endpoint} (attempt {Attempt})")]
    private static partial void LogRinging(ILogger logger, string endpoint, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ring {Endpoint}: {Problem}; trying the next manager")]
    private static partial void LogLegFailed(ILogger logger, string endpoint, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Endpoint} answered")]
    private static partial void LogAnswered(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call ended: {Status}, waited {WaitSeconds} s, talked {TalkSeconds} s")]
    private static partial void LogEnded(ILogger logger, CallStatus status, int waitSeconds, int talkSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Caller's channel is gone ({Problem})")]
    private static partial void LogCallerVanished(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Call handling failed")]
    private static partial void LogCallFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the call's channels: {Problem}")]
    private static partial void LogCleanupFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Service is stopping and the caller could not be sent on to the dialplan fallback: {Problem}")]
    private static partial void LogHandOverFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Caller left a {Seconds} s voicemail: {Path}")]
    private static partial void LogVoicemailKept(ILogger logger, string path, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tagging menu failed ({Problem}); the tags confirmed before it are kept")]
    private static partial void LogTaggingFailed(ILogger logger, string problem);
}
