using System.Threading.Channels;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Store;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>
/// The sink that stores call events: a bounded queue the calls publish to without waiting, and one writer that turns
/// the events into rows in order (the call, its attribution, its events, its tags, its final record) with the webhook
/// events each publishes (<see cref="ICallEventOutbox"/>). Bookkeeping gives way to calls being set up: the writer
/// lets events gather until the calls pause for <see cref="Pause"/> and no call is before its first dial
/// (<see cref="CallSetupGate"/>), or the first has waited <see cref="MaxWait"/>, then stores them in transactions of up to <see cref="BatchSize"/>, so a burst of calls is written once it has been
/// put through. The writer has a thread of its own (<see cref="StoreThread"/>).
/// Registered before the dispatcher, so it stops after every call has ended, and drains its queue before the service
/// exits.
/// </summary>
public sealed partial class CallJournalWriter(
    CallJournal journal,
    ICallEventOutbox outbox,
    CallSetupGate setup,
    TimeProvider time,
    ILogger<CallJournalWriter> logger) : ICallEventSink, IHostedService, IDisposable
{
    /// <summary>Room for the events of thousands of calls while the disk is slow; a full queue is logged, never waited on.</summary>
    internal const int Capacity = 100_000;

    /// <summary>The most events one transaction holds, so a long backlog is stored in steps rather than all or nothing.</summary>
    internal const int BatchSize = 500;

    /// <summary>A gap in the events this long means the calls have been put through: what has gathered is written.</summary>
    internal static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest an event waits for a pause: under steady load events are still stored (and webhooks sent) within this.</summary>
    internal static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);

    private readonly Channel<CallEvent> queue = Channel.CreateBounded<CallEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Dictionary<string, CallRecord> open = new(StringComparer.Ordinal);
    private readonly StoreThread thread = new("call-journal");
    private Task writing = Task.CompletedTask;
    private long dropped;
    private int flushesWaiting;
    private volatile bool stopping;

    // Cancelled to end the writer's wait at once: somebody waits for the events, or the service stops.
    private volatile CancellationTokenSource hurry = new();

    /// <summary>Events the queue could not take; each was logged in full instead.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    public void Publish(CallEvent callEvent)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        if (!queue.Writer.TryWrite(callEvent))
        {
            Interlocked.Increment(ref dropped);
            LogDropped(logger, callEvent.CallId, callEvent.Kind, callEvent.ToString());
        }
    }

    /// <summary>Completes once every event published before the call has been written.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var flushed = new JournalFlush();
        Interlocked.Increment(ref flushesWaiting);
        Publish(flushed);
        hurry.Cancel();
        return flushed.Written.Task.WaitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        writing = thread.Run(() => WriteAllAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        queue.Writer.TryComplete();
        await hurry.CancelAsync();
        await writing.WaitAsync(cancellationToken);
    }

    public void Dispose() => thread.Dispose();

    private async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        var entries = new List<CallJournalEntry>(BatchSize);
        var flushes = new List<JournalFlush>();
        var backlog = false;
        while (await queue.Reader.WaitToReadAsync(cancellationToken))
        {
            // After a full batch the rest of the backlog is written straight away: it has already waited.
            if (!backlog)
            {
                await GatherAsync(cancellationToken);
            }

            while (entries.Count < BatchSize && queue.Reader.TryRead(out var callEvent))
            {
                if (callEvent is JournalFlush flush)
                {
                    flushes.Add(flush);
                }
                else if (await EntryOfAsync(callEvent, cancellationToken) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            var stored = await journal.WriteAsync(entries, cancellationToken);
            if (stored.Any(e => e.Webhooks.Count > 0))
            {
                outbox.Committed();
            }

            Interlocked.Add(ref flushesWaiting, -flushes.Count);
            flushes.ForEach(f => f.Written.TrySetResult());
            backlog = entries.Count == BatchSize;
            entries.Clear();
            flushes.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Call journal queue is full: event {Kind} of call {CallId} is not stored; kept here so it is not lost: {Event}")]
    private static partial void LogDropped(ILogger logger, string callId, string kind, string @event);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhooks of event {Kind} of call {CallId} could not be made; the event is stored without them")]
    private static partial void LogOutboxFailed(ILogger logger, Exception exception, string callId, string kind);
}
