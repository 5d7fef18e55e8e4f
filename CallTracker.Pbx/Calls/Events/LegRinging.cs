namespace CallTracker.Pbx.Calls.Events;

/// <summary>A manager's phone is being rung; <paramref name="Dealer"/> names the dealer it rings for on a Weighted route.</summary>
public sealed record LegRinging(string Endpoint, string Manager, int Attempt, int RingSeconds, string? Dealer = null) : CallEvent
{
    public override string Kind => "ManagerRinging";

    public override object? Detail() => new { endpoint = Endpoint, manager = Manager, attempt = Attempt, ringSeconds = RingSeconds, dealer = Dealer };
}
