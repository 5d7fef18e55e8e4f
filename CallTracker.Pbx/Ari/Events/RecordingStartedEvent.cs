using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event RecordingStarted: Event showing the start of a recording operation.</summary>
public sealed record RecordingStartedEvent : AriEvent
{
    /// <summary>Recording control object</summary>
    public required LiveRecording Recording { get; init; }
}
