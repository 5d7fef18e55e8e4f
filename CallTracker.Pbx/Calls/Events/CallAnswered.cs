namespace CallTracker.Pbx.Calls.Events;

/// <summary>Caller and manager are joined: the call is answered, as of AnsweredAt (the manager's pick-up or acceptance).</summary>
public sealed record CallAnswered(string Endpoint, string Manager, DateTimeOffset AnsweredAt, string? Dealer = null) : CallEvent
{
    public override string Kind => "Answered";

    public override object? Detail() => new { endpoint = Endpoint, manager = Manager, dealer = Dealer };
}
