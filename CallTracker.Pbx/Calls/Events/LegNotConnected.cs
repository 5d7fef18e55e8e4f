namespace CallTracker.Pbx.Calls.Events;

/// <summary>Ringing a manager ended without a conversation: Busy, NoAnswer, Unavailable, Rejected (after the whisper), Cancelled (another answered or the caller left).</summary>
public sealed record LegNotConnected(string Endpoint, int Attempt, string Outcome, string? Dealer = null) : CallEvent
{
    public override string Kind => "Manager" + Outcome;

    public override object? Detail() => new { endpoint = Endpoint, attempt = Attempt, dealer = Dealer };
}
