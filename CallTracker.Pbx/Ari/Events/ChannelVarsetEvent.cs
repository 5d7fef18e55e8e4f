using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelVarset: Channel variable changed.</summary>
public sealed record ChannelVarsetEvent : AriEvent
{
    /// <summary>The variable that changed.</summary>
    public required string Variable { get; init; }

    /// <summary>The new value of the variable.</summary>
    public required string Value { get; init; }

    /// <summary>The channel on which the variable was set. If missing, the variable is a global variable.</summary>
    public Channel? Channel { get; init; }
}
