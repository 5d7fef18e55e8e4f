using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// The one owner of a call's lifetime: its inbox and the single reader that hands each ARI event to the leg, playback or
/// recording it concerns; a lifetime token linked to the host and cancelled by its watchdog; the channels and bridges
/// it created, released in one place; and the call events it publishes. What the call does is its flow's business.
/// </summary>
public sealed partial class CallSession : IDisposable
{
    private readonly CallInbox inbox;
    private readonly CallRegistry registry;
    private readonly CallEventBus events;
    private readonly CancellationTokenSource lifetime = new();
    private readonly ConcurrentDictionary<string, Leg> legs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bridge> bridges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PlaybackFinishedEvent>> playbacks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AriEvent>> recordings = new(StringComparer.Ordinal);
    private TaskCompletionSource reconciled = NewSignal();

    internal CallSession(string callId, CallServices services, ILogger logger)
    {
        CallId = callId;
        Services = services;
        Ari = services.Ari;
        Time = services.Time;
        Limits = services.Limits;
        Logger = logger;
        registry = services.Registry;
        events = services.Events;
        inbox = new CallInbox(services.InboxCapacity, Time);
        Watchdog = new CallWatchdog(lifetime, Time, Limits.WatchdogPeriod, logger);
    }

    public string CallId { get; }

    internal CallServices Services { get; }

    internal AriClient Ari { get; }

    internal TimeProvider Time { get; }

    internal CallLimitsOptions Limits { get; }

    internal ILogger Logger { get; }

    internal CallWatchdog Watchdog { get; }

    internal string Language => Services.Language;

    /// <summary>Completes at the next reconnect, when Asterisk's view of the channels replaces events that may be lost.</summary>
    internal Task Reconciled => Volatile.Read(ref reconciled).Task;

    /// <summary>Hands an event to the call without waiting; false when its inbox is full.</summary>
    public bool Post(AriEvent ariEvent) => inbox.Post(ariEvent);

    /// <summary>Stamps the moment with the call's id and the time, and hands it to every sink.</summary>
    public void Publish(CallEvent callEvent)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        events.Publish(callEvent with { CallId = CallId, At = Time.GetUtcNow() });
    }

    /// <summary>A handle on a channel of this call; its events reach it from now on.</summary>
    /// <param name="idPrefix">What the ids of its playbacks start with.</param>
    internal Leg AddLeg(string channelId, string idPrefix)
    {
        var leg = new Leg(this, channelId, idPrefix);
        legs[channelId] = leg;
        NotePrimary(leg);
        registry.Claim(channelId, this);
        return leg;
    }

    /// <summary>Creates a mixing bridge that the call owns until it destroys it or ends.</summary>
    internal async Task<Bridge> CreateBridgeAsync(string bridgeId, CancellationToken cancellationToken)
    {
        registry.Claim(bridgeId, this);
        var bridge = new Bridge(this, bridgeId);
        bridges[bridgeId] = bridge;
        await Ari.Bridges.CreateAsync(bridgeId, "mixing", "call-" + CallId, cancellationToken);
        return bridge;
    }

    internal void Forget(Bridge bridge) => bridges.TryRemove(bridge.Id, out _);

    /// <summary>Registers interest in a playback before it is started, so a fast PlaybackFinished is not lost.</summary>
    internal Task<PlaybackFinishedEvent> ExpectPlayback(string playbackId)
    {
        registry.Claim(playbackId, this);
        return playbacks.GetOrAdd(playbackId, _ => new TaskCompletionSource<PlaybackFinishedEvent>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary>Registers interest in a recording before it is started; completes with RecordingFinished or RecordingFailed.</summary>
    internal Task<AriEvent> ExpectRecording(string name)
    {
        registry.Claim(name, this);
        return recordings.GetOrAdd(name, _ => new TaskCompletionSource<AriEvent>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    public void Dispose()
    {
        Watchdog.Dispose();
        lifetime.Dispose();
        foreach (var leg in legs.Values)
        {
            leg.Dispose();
        }
    }

    /// <summary>The single reader: every event of the call, in order, to whatever it concerns. Never waits on a step.</summary>
    private void Dispatch(AriEvent ariEvent)
    {
        switch (ariEvent)
        {
            case PlaybackFinishedEvent finished when playbacks.TryRemove(finished.Playback.Id, out var playback):
                playback.TrySetResult(finished);
                break;
            case RecordingFinishedEvent finished when recordings.TryRemove(finished.Recording.Name, out var recording):
                recording.TrySetResult(finished);
                break;
            case RecordingFailedEvent failed when recordings.TryRemove(failed.Recording.Name, out var recording):
                recording.TrySetResult(failed);
                break;
            case ChannelsReconciled:
                Interlocked.Exchange(ref reconciled, NewSignal()).TrySetResult();
                break;
        }

        foreach (var leg in legs.Values)
        {
            leg.Observe(ariEvent);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
