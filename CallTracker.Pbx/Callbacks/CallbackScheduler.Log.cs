using CallTracker.Pbx.Calls;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Callbacks;

public sealed partial class CallbackScheduler
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId}: attempt {Attempt} of {MaxAttempts}, call {CallId}")]
    private static partial void LogAttempt(ILogger logger, string callbackId, int attempt, int maxAttempts, string callId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId}: attempt {Attempt} ended {Status}; now {State}, next attempt {NextAttemptAt}")]
    private static partial void LogAttemptEnded(ILogger logger, string callbackId, int attempt, CallStatus status, CallbackState state, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback {CallbackId}: its attempt could not be placed")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string callbackId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Callback {CallbackId}: attempt {Attempt} was under way when the service last stopped")]
    private static partial void LogRecovered(ILogger logger, string callbackId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store failed while callbacks were scheduled; trying again shortly")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}
