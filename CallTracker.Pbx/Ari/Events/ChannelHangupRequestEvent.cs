using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelHangupRequest: A hangup was requested on the channel.</summary>
public sealed record ChannelHangupRequestEvent : AriEvent
{
    /// <summary>Integer representation of the cause of the hangup.</summary>
    public int? Cause { get; init; }

    /// <summary>Integer representation of the technology-specific off-nominal cause of the hangup.</summary>
    public int? TechCause { get; init; }

    /// <summary>Whether the hangup request was a soft hangup request.</summary>
    public bool? Soft { get; init; }

    /// <summary>The channel on which the hangup was requested.</summary>
    public required Channel Channel { get; init; }
}
