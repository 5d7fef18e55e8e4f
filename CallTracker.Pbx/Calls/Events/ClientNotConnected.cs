namespace CallTracker.Pbx.Calls.Events;

/// <summary>Ringing the client ended without an answer: Busy, NoAnswer, Unavailable (with the error when the trunk refused the leg), Cancelled (the manager hung up).</summary>
public sealed record ClientNotConnected(string Endpoint, string Number, string Outcome, string? Error) : CallEvent
{
    public override string Kind => "Client" + Outcome;

    public override object? Detail() => new { endpoint = Endpoint, number = Number, error = Error };
}
