namespace CallTracker.Pbx.Calls.Events;

/// <summary>The call is over, with its final status; nothing about it follows.</summary>
public sealed record CallEnded(CallStatus Status) : CallEvent
{
    public override string Kind => "Ended";

    public override object? Detail() => new { status = Status.ToString() };
}
