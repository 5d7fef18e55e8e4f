namespace CallTracker.Pbx.Ari.Events;

/// <summary>
/// ARI event ApplicationReplaced: a newer WebSocket registered our Stasis app, and this socket hears nothing more of it.
/// </summary>
public sealed record ApplicationReplacedEvent : AriEvent;
