namespace CallTracker.Pbx.Calls.Events;

/// <summary>A manager picked up; the caller is not connected yet (a whisper may come first).</summary>
public sealed record LegAnswered(string Endpoint, string Manager, int Attempt, string? Dealer = null) : CallEvent
{
    public override string Kind => "ManagerAnswered";

    public override object? Detail() => new { endpoint = Endpoint, manager = Manager, attempt = Attempt, dealer = Dealer };
}
