namespace CallTracker.Pbx.Calls.Events;

/// <summary>The recording of the conversation ended; Path is null when Asterisk kept nothing.</summary>
public sealed record RecordingFinished(string Name, string? Path, int? Seconds) : CallEvent
{
    public override object? Detail() => new { name = Name, path = Path, seconds = Seconds };
}
