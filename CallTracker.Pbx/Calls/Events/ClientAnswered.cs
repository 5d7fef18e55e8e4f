namespace CallTracker.Pbx.Calls.Events;

/// <summary>The client picked up; they are joined to the manager next.</summary>
public sealed record ClientAnswered(string Endpoint, string Number) : CallEvent
{
    public override object? Detail() => new { endpoint = Endpoint, number = Number };
}
