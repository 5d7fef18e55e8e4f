using CallTracker.Pbx.Calls;

namespace CallTracker.Pbx.Callbacks;

/// <summary>What follows an attempt: done once it connected; otherwise another try after Callbacks:RetryMinutes while retries remain, else failed.</summary>
internal static class CallbackRetries
{
    /// <param name="attempts">Attempts made so far, the one that ended included.</param>
    public static (CallbackState State, DateTimeOffset? NextAttemptAt) After(CallStatus status, int attempts, IReadOnlyList<double> retryMinutes, DateTimeOffset now)
    {
        if (status == CallStatus.CallbackConnected)
        {
            return (CallbackState.Connected, null);
        }

        return attempts <= retryMinutes.Count
            ? (CallbackState.Pending, now + TimeSpan.FromMinutes(retryMinutes[attempts - 1]))
            : (CallbackState.Failed, null);
    }
}
