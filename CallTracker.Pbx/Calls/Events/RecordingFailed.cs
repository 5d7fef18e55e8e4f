namespace CallTracker.Pbx.Calls.Events;

/// <summary>Asterisk refused to record the conversation; the call goes on.</summary>
public sealed record RecordingFailed(string Name, string Error) : CallEvent
{
    public override object? Detail() => new { name = Name, error = Error };
}
