using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Flows;

public sealed partial class InboundFlow
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Call from {Caller} to {TrackingNumber} takes route {Route}")]
    private static partial void LogArrived(ILogger logger, string caller, string trackingNumber, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracking number {TrackingNumber} is not in routing.json; the call takes the default route {Route}")]
    private static partial void LogUnknownNumber(ILogger logger, string trackingNumber, string route);

    [LoggerMessage(Level = LogLevel.Information, Message = "Caller's channel is gone ({Problem})")]
    private static partial void LogCallerVanished(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Call handling failed")]
    private static partial void LogCallFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Service is stopping and the caller could not be sent on to the dialplan fallback: {Problem}")]
    private static partial void LogHandOverFailed(ILogger logger, string problem);
}
