namespace CallTracker.Pbx.Calls.Events;

/// <summary>A manager's phone could not be rung at all (a bad endpoint, a refused dial).</summary>
public sealed record LegUnavailable(string Endpoint, int Attempt, string Error, string? Dealer = null) : CallEvent
{
    public override string Kind => "ManagerUnavailable";

    public override object? Detail() => new { endpoint = Endpoint, attempt = Attempt, error = Error, dealer = Dealer };
}
