using System.Collections.Concurrent;
using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// Which call owns which channel, bridge, playback and recording. A call claims an id before the REST request that
/// creates the resource, so an event that races the reply still finds its owner.
/// </summary>
public sealed class CallRegistry
{
    private readonly ConcurrentDictionary<string, CallSession> owners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CallSession, byte> calls = new();

    public IReadOnlyCollection<CallSession> ActiveCalls => calls.Keys.ToList();

    public void Add(CallSession call, string callerChannelId)
    {
        ArgumentNullException.ThrowIfNull(call);
        calls[call] = 0;
        owners[callerChannelId] = call;
    }

    public void Claim(string resourceId, CallSession call) => owners[resourceId] = call;

    public bool Owns(string resourceId) => owners.ContainsKey(resourceId);

    public void Remove(CallSession call)
    {
        calls.TryRemove(call, out _);
        foreach (var owned in owners.Where(pair => ReferenceEquals(pair.Value, call)).ToList())
        {
            owners.TryRemove(owned);
        }
    }

    /// <summary>The call that owns any of the ids the event names; null for events about channels no call owns.</summary>
    public CallSession? FindOwner(AriEvent ariEvent)
    {
        foreach (var id in IdsOf(ariEvent))
        {
            if (id is not null && owners.TryGetValue(id, out var call))
            {
                return call;
            }
        }

        return null;
    }

    private static IEnumerable<string?> IdsOf(AriEvent ariEvent) => ariEvent switch
    {
        StasisStartEvent e => [e.Channel.Id],
        StasisEndEvent e => [e.Channel.Id],
        ChannelStateChangeEvent e => [e.Channel.Id],
        ChannelHangupRequestEvent e => [e.Channel.Id],
        ChannelDestroyedEvent e => [e.Channel.Id],
        ChannelDtmfReceivedEvent e => [e.Channel.Id],
        DialEvent e => [e.Peer.Id, e.Caller?.Id],
        PlaybackFinishedEvent e => [e.Playback.Id, TargetId(e.Playback.TargetUri)],
        RecordingFinishedEvent e => [e.Recording.Name, TargetId(e.Recording.TargetUri)],
        RecordingFailedEvent e => [e.Recording.Name, TargetId(e.Recording.TargetUri)],
        _ => [],
    };

    /// <summary>"channel:1795527988.1" or "bridge:abc" to the bare id.</summary>
    private static string? TargetId(string? targetUri)
    {
        var colon = targetUri?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon < 0 ? null : targetUri![(colon + 1)..];
    }
}
