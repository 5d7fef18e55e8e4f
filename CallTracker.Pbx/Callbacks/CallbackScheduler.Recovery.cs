using CallTracker.Pbx.Calls;

namespace CallTracker.Pbx.Callbacks;

public sealed partial class CallbackScheduler
{
    /// <summary>
    /// Callbacks a killed process left Calling: the attempt's call says whether it connected (the journal may have
    /// stored it); otherwise it was cut short, counts as Interrupted, and is retried if retries remain.
    /// </summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var callback in await callbacks.ListInStateAsync(nameof(CallbackState.Calling), cancellationToken))
            {
                var attempt = (await callbacks.ListAttemptsAsync(callback.Id, cancellationToken))[^1];
                var call = await calls.GetAsync(attempt.CallId, cancellationToken);
                var connected = call?.Status == nameof(CallStatus.CallbackConnected);
                LogRecovered(logger, callback.Id, attempt.Attempt);
                await FinishAsync(callback, attempt, connected ? CallStatus.CallbackConnected : CallStatus.Interrupted);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(logger, e);
        }
    }
}
