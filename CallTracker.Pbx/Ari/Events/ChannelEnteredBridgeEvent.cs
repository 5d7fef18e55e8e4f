using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelEnteredBridge: Notification that a channel has entered a bridge.</summary>
public sealed record ChannelEnteredBridgeEvent : AriEvent
{
    public required Bridge Bridge { get; init; }

    public Channel? Channel { get; init; }
}
