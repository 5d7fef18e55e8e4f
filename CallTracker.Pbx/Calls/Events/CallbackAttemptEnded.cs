namespace CallTracker.Pbx.Calls.Events;

/// <summary>
/// A callback's attempt is over (its call has ended with Status) and what comes next: State Connected or Failed (no
/// attempts left), or Pending with the time of the next attempt.
/// </summary>
public sealed record CallbackAttemptEnded(string CallbackId, int Attempt, string Status, string State, DateTimeOffset? NextAttemptAt) : CallbackEvent(CallbackId)
{
    public override object? Detail() => new { callbackId = CallbackId, attempt = Attempt, status = Status, state = State, nextAttemptAt = NextAttemptAt };
}
