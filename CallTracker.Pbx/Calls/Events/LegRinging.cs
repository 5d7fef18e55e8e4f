namespace CallTracker.Pbx.Calls.Events;

/// <summary>A manager's phone is being rung.</summary>
public sealed record LegRinging(string Endpoint, string Manager, int Attempt, int RingSeconds) : CallEvent
{
    public override string Kind => "ManagerRinging";

    public override object? Detail() => new { endpoint = Endpoint, manager = Manager, attempt = Attempt, ringSeconds = RingSeconds };
}
