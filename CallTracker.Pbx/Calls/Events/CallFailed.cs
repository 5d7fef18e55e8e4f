namespace CallTracker.Pbx.Calls.Events;

/// <summary>An ARI error the call could not work around.</summary>
public sealed record CallFailed(string Message) : CallEvent
{
    public override string Kind => "Error";

    public override object? Detail() => new { message = Message };
}
