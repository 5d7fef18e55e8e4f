using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelDestroyed: Notification that a channel has been destroyed.</summary>
public sealed record ChannelDestroyedEvent : AriEvent
{
    /// <summary>Integer representation of the cause of the hangup</summary>
    public int Cause { get; init; }

    /// <summary>Text representation of the cause of the hangup</summary>
    public required string CauseTxt { get; init; }

    /// <summary>Integer representation of the technology-specific off-nominal cause of the hangup.</summary>
    public int? TechCause { get; init; }

    public required Channel Channel { get; init; }
}
