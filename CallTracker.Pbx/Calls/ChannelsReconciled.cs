using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// Not an ARI event: posted to every call after the event socket reconnects, with the channels Asterisk still has,
/// because Asterisk does not replay what happened while we were disconnected.
/// </summary>
internal sealed record ChannelsReconciled(IReadOnlySet<string> LiveChannelIds) : AriEvent;
