namespace CallTracker.Pbx.Calls.Events;

/// <summary>A callback's attempt began: this call rings the route's managers for it.</summary>
public sealed record CallbackAttemptStarted(string CallbackId, int Attempt) : CallbackEvent(CallbackId)
{
    public override object? Detail() => new { callbackId = CallbackId, attempt = Attempt };
}
