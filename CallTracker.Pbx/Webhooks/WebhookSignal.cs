namespace CallTracker.Pbx.Webhooks;

/// <summary>Wakes the delivery worker when the journal has committed new webhook events, so it does not wait for its next poll.</summary>
public sealed class WebhookSignal
{
    private TaskCompletionSource next = New();

    /// <summary>Completes at the next <see cref="Notify"/>. Take it before looking at the outbox, so a commit in between is not missed.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Notify() => Interlocked.Exchange(ref next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
