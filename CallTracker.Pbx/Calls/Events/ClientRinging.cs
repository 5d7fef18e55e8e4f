namespace CallTracker.Pbx.Calls.Events;

/// <summary>A client's number is being rung through the trunk (a manager's outgoing call, or a callback).</summary>
public sealed record ClientRinging(string Endpoint, string Number, int RingSeconds) : CallEvent
{
    public override object? Detail() => new { endpoint = Endpoint, number = Number, ringSeconds = RingSeconds };
}
