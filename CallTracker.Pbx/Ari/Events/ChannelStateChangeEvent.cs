using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelStateChange: Notification of a channel's state change.</summary>
public sealed record ChannelStateChangeEvent : AriEvent
{
    public required Channel Channel { get; init; }
}
