using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event BridgeDestroyed: Notification that a bridge has been destroyed.</summary>
public sealed record BridgeDestroyedEvent : AriEvent
{
    public required Bridge Bridge { get; init; }
}
