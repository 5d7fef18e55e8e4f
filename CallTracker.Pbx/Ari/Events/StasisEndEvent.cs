using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event StasisEnd: Notification that a channel has left a Stasis application.</summary>
public sealed record StasisEndEvent : AriEvent
{
    public required Channel Channel { get; init; }
}
