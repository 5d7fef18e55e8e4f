using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelCallerId: Channel changed Caller ID.</summary>
public sealed record ChannelCallerIdEvent : AriEvent
{
    /// <summary>The integer representation of the Caller Presentation value.</summary>
    public int CallerPresentation { get; init; }

    /// <summary>The text representation of the Caller Presentation value.</summary>
    public required string CallerPresentationTxt { get; init; }

    /// <summary>The channel that changed Caller ID.</summary>
    public required Channel Channel { get; init; }
}
