namespace CallTracker.Pbx.Calls.Events;

/// <summary>The manager hung up while the caller was being joined to them; the next manager rings.</summary>
public sealed record ManagerLeftBeforeBridge(string Endpoint) : CallEvent
{
    public override string Kind => "ManagerHungUpBeforeBridge";

    public override object? Detail() => new { endpoint = Endpoint };
}
