using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelCreated: Notification that a channel has been created.</summary>
public sealed record ChannelCreatedEvent : AriEvent
{
    public required Channel Channel { get; init; }
}
