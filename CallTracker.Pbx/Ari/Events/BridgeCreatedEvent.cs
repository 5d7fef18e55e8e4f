using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event BridgeCreated: Notification that a bridge has been created.</summary>
public sealed record BridgeCreatedEvent : AriEvent
{
    public required Bridge Bridge { get; init; }
}
