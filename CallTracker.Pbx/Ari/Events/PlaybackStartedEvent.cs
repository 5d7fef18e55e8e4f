using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event PlaybackStarted: Event showing the start of a media playback operation.</summary>
public sealed record PlaybackStartedEvent : AriEvent
{
    /// <summary>Playback control object</summary>
    public required Playback Playback { get; init; }
}
