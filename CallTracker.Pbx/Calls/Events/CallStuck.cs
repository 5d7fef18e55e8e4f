namespace CallTracker.Pbx.Calls.Events;

/// <summary>The call waited past a deadline; its watchdog ended it.</summary>
public sealed record CallStuck(string WaitedFor) : CallEvent
{
    public override string Kind => "Stuck";

    public override object? Detail() => new { waitedFor = WaitedFor };
}
