using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelDtmfReceived: DTMF received on a channel. This event is sent when the DTMF ends. There is no notification about the start of DTMF.</summary>
public sealed record ChannelDtmfReceivedEvent : AriEvent
{
    /// <summary>DTMF digit received (0-9, A-E, # or *)</summary>
    public required string Digit { get; init; }

    /// <summary>Number of milliseconds DTMF was received</summary>
    public int DurationMs { get; init; }

    /// <summary>The channel on which DTMF was received</summary>
    public required Channel Channel { get; init; }
}
