using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event RecordingFailed: Event showing failure of a recording operation.</summary>
public sealed record RecordingFailedEvent : AriEvent
{
    /// <summary>Recording control object</summary>
    public required LiveRecording Recording { get; init; }
}
