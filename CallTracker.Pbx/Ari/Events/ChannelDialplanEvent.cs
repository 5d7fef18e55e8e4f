using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI event ChannelDialplan: Channel changed location in the dialplan.</summary>
public sealed record ChannelDialplanEvent : AriEvent
{
    /// <summary>The channel that changed dialplan location.</summary>
    public required Channel Channel { get; init; }

    /// <summary>The application about to be executed.</summary>
    public required string DialplanApp { get; init; }

    /// <summary>The data to be passed to the application.</summary>
    public required string DialplanAppData { get; init; }
}
