using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Models;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// Not an ARI event: posted to every call after the event socket reconnects, with the channels Asterisk still has and
/// the state each is in now, because Asterisk does not replay what happened while we were disconnected (a phone that
/// was answered meanwhile is simply <c>Up</c>).
/// </summary>
internal sealed record ChannelsReconciled(IReadOnlyDictionary<string, Channel> Live) : AriEvent;
