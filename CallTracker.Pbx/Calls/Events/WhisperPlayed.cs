namespace CallTracker.Pbx.Calls.Events;

/// <summary>The manager heard where the call comes from, and took it or not.</summary>
public sealed record WhisperPlayed(string Endpoint, string? Source, bool Accepted) : CallEvent
{
    public override string Kind => "Whisper";

    public override object? Detail() => new { endpoint = Endpoint, source = Source, accepted = Accepted };
}
