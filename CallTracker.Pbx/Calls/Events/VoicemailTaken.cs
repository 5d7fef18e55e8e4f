namespace CallTracker.Pbx.Calls.Events;

/// <summary>The voicemail step ended: Kept (with Path), Discarded, HungUp, Failed.</summary>
public sealed record VoicemailTaken(string Status, string? Name, string? Path, int Seconds, string? FailureCause) : CallEvent
{
    public override string Kind => "Voicemail" + Status;

    public override object? Detail() => new { name = Name, path = Path, seconds = Seconds, failureCause = FailureCause };
}
