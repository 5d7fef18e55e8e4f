using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event PlaybackFinished: Event showing the completion of a media playback operation.</summary>
public sealed record PlaybackFinishedEvent : AriEvent
{
    /// <summary>Playback control object</summary>
    public required Playback Playback { get; init; }
}
