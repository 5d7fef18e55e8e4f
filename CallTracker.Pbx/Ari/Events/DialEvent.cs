using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event Dial: Dialing state has changed.</summary>
public sealed record DialEvent : AriEvent
{
    /// <summary>The calling channel.</summary>
    public Channel? Caller { get; init; }

    /// <summary>The dialed channel.</summary>
    public required Channel Peer { get; init; }

    /// <summary>Forwarding target requested by the original dialed channel.</summary>
    public string? Forward { get; init; }

    /// <summary>Channel that the caller has been forwarded to.</summary>
    public Channel? Forwarded { get; init; }

    /// <summary>The dial string for calling the peer channel.</summary>
    public string? Dialstring { get; init; }

    /// <summary>Current status of the dialing attempt to the peer.</summary>
    public required string Dialstatus { get; init; }
}
