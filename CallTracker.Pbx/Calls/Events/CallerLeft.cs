namespace CallTracker.Pbx.Calls.Events;

/// <summary>The caller hung up: while ringing (no endpoint) or during the conversation with Endpoint.</summary>
public sealed record CallerLeft(string? Endpoint) : CallEvent
{
    public override string Kind => "CallerHungUp";

    public override object? Detail() => Endpoint is null ? null : new { endpoint = Endpoint };
}
