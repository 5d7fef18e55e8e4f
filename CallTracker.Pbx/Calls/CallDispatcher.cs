using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Callbacks;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// Starts a call handler for each call entering Stasis (from the trunk, or placed by a manager) and for each callback
/// attempt, and hands every later event to the call that owns its channel, bridge, playback or recording. It never
/// waits on a call: the socket reader must keep reading.
/// </summary>
public sealed partial class CallDispatcher(
    CallSessionFactory factory,
    CallRegistry registry,
    AriClient ari,
    StrandedChannelSweep strandedChannels,
    ILogger<CallDispatcher> logger) : IAriEventSink, IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private long droppedEvents;

    /// <summary>Events no call could take because its inbox was full.</summary>
    public long DroppedEvents => Interlocked.Read(ref droppedEvents);

    public void OnEvent(AriEvent ariEvent)
    {
        ArgumentNullException.ThrowIfNull(ariEvent);
        var owner = registry.FindOwner(ariEvent);
        if (owner is null)
        {
            if (ariEvent is StasisStartEvent start && TrunkCallArgs.IsInbound(start.Args))
            {
                Run(factory.CreateInbound(start), start.Channel.Id);
            }
            else if (ariEvent is StasisStartEvent placed && TrunkCallArgs.IsOutbound(placed.Args))
            {
                Run(factory.CreateOutbound(placed), placed.Channel.Id);
            }
            else
            {
                LogNotOurs(logger, ariEvent.Type);
            }

            return;
        }

        if (!owner.Post(ariEvent))
        {
            Interlocked.Increment(ref droppedEvents);
            LogInboxFull(logger, ariEvent.Type, owner.CallId);
        }
    }

    public void OnConnected(int openCount) => Track(Task.Run(() => ReconcileAsync(openCount > 1, stopping.Token)));

    /// <summary>
    /// After a reconnect every call learns the state of the channels Asterisk still has (a phone answered while the
    /// socket was down is Up now); on every connect, channels that an earlier process left in the app are dealt with.
    /// </summary>
    private async Task ReconcileAsync(bool reconnected, CancellationToken cancellationToken)
    {
        try
        {
            var calls = registry.ActiveCalls;
            if (reconnected && calls.Count > 0)
            {
                var live = (await ari.Channels.ListAsync(cancellationToken)).ToDictionary(c => c.Id, StringComparer.Ordinal);
                LogReconciling(logger, calls.Count, live.Count);
                foreach (var call in calls)
                {
                    call.Post(new ChannelsReconciled(live));
                }
            }

            await strandedChannels.SweepAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The service is stopping: every call hands itself over on its own.
        }
        catch (Exception e) when (e is AriException or HttpRequestException or TaskCanceledException)
        {
            LogReconcileFailed(logger, e.Message);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Lets every call hand itself over and write its record before the service exits.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await Task.WhenAll(running.Keys).WaitAsync(cancellationToken);
    }

    public void Dispose() => stopping.Dispose();

    /// <summary>Places one callback attempt, run and ended like every call; completes with its final status.</summary>
    /// <param name="shownNumber">The site's number, shown on the managers' and the client's phones.</param>
    public Task<CallStatus> RunCallback(CallbackCall callback, string shownNumber, CallAttributionRow? attribution)
    {
        ArgumentNullException.ThrowIfNull(callback);

        // No channel is the callback's own until a manager is rung: the call id stands for it in the registry.
        return Run(factory.CreateCallback(callback, shownNumber, attribution), callback.CallId);
    }

    private Task<CallStatus> Run((CallSession Session, ICallFlow Flow) call, string ownedId)
    {
        var (session, flow) = call;
        registry.Add(session, ownedId);
        var run = Task.Run(async () =>
        {
            using (session)
            {
                return await session.RunAsync(flow, stopping.Token);
            }
        });
        Track(run);
        return run;
    }

    private void Track(Task task)
    {
        running[task] = 0;
        task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Type} concerns nothing a call owns; ignored")]
    private static partial void LogNotOurs(ILogger logger, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId} is not keeping up: its inbox is full and {Type} was dropped")]
    private static partial void LogInboxFull(ILogger logger, string type, string callId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not reconcile calls with Asterisk after connecting: {Problem}")]
    private static partial void LogReconcileFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconnected to ARI: checking {Calls} calls against the {Channels} channels Asterisk still has")]
    private static partial void LogReconciling(ILogger logger, int calls, int channels);
}
