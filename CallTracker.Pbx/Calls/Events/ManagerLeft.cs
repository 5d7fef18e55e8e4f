namespace CallTracker.Pbx.Calls.Events;

/// <summary>The manager hung up first; the conversation is over.</summary>
public sealed record ManagerLeft(string Endpoint) : CallEvent
{
    public override string Kind => "ManagerHungUp";

    public override object? Detail() => new { endpoint = Endpoint };
}
