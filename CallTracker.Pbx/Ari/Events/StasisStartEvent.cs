using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event StasisStart: Notification that a channel has entered a Stasis application.</summary>
public sealed record StasisStartEvent : AriEvent
{
    /// <summary>Arguments to the application</summary>
    public required IReadOnlyList<string> Args { get; init; }

    public required Channel Channel { get; init; }

    public Channel? ReplaceChannel { get; init; }
}
