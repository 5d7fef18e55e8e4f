using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event RecordingFinished: Event showing the completion of a recording operation.</summary>
public sealed record RecordingFinishedEvent : AriEvent
{
    /// <summary>Recording control object</summary>
    public required LiveRecording Recording { get; init; }
}
