using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelLeftBridge: Notification that a channel has left a bridge.</summary>
public sealed record ChannelLeftBridgeEvent : AriEvent
{
    public required Bridge Bridge { get; init; }

    public required Channel Channel { get; init; }
}
