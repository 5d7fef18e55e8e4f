namespace CallTracker.Pbx.Calls.Events;

/// <summary>The conversation is being recorded.</summary>
public sealed record RecordingStarted(string Name) : CallEvent
{
    public override object? Detail() => new { name = Name };
}
