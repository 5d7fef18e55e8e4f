using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelConnectedLine: Channel changed Connected Line.</summary>
public sealed record ChannelConnectedLineEvent : AriEvent
{
    /// <summary>The channel whose connected line has changed.</summary>
    public required Channel Channel { get; init; }
}
