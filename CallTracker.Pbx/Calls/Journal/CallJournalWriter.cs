using System.Threading.Channels;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Tracking;
using CallTracker.Store;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>
/// The sink that stores call events: a bounded queue the calls publish to without waiting, and one writer that turns
/// the events into rows in order (the call, its attribution, its events, its tags, its final record), each event in
/// one transaction with the webhook events it publishes (<see cref="ICallEventOutbox"/>). The writer has a thread of
/// its own (<see cref="StoreThread"/>). Registered before the dispatcher, so it stops after every call has ended, and
/// drains its queue before the service exits.
/// </summary>
public sealed partial class CallJournalWriter(
    CallJournal journal,
    ICallAttribution attribution,
    ICallTagRepository tags,
    ICallEventOutbox outbox,
    ILogger<CallJournalWriter> logger) : ICallEventSink, IHostedService, IDisposable
{
    /// <summary>Room for the events of thousands of calls while the disk is slow; a full queue is logged, never waited on.</summary>
    internal const int Capacity = 100_000;

    private readonly Channel<CallEvent> queue = Channel.CreateBounded<CallEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Dictionary<string, CallRecord> open = new(StringComparer.Ordinal);
    private readonly StoreThread thread = new("call-journal");
    private Task writing = Task.CompletedTask;
    private long dropped;

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
        Publish(flushed);
        return flushed.Written.Task.WaitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        writing = thread.Run(() => WriteAllAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await writing.WaitAsync(cancellationToken);
    }

    public void Dispose() => thread.Dispose();

    private async Task WriteAllAsync(CancellationToken cancellationToken)
    {
        await foreach (var callEvent in queue.Reader.ReadAllAsync(cancellationToken))
        {
            await WriteAsync(callEvent, cancellationToken);
        }
    }

    private async Task WriteAsync(CallEvent callEvent, CancellationToken cancellationToken)
    {
        switch (callEvent)
        {
            case JournalFlush flush:
                flush.Written.TrySetResult();
                return;
            case CallbackEvent { CallId.Length: 0 }:
                // A callback moment before any call (the request): the callbacks table holds it.
                return;
            case CallArrived arrived:
                var record = new CallRecord(arrived);
                open[arrived.CallId] = record;
                await journal.StartAsync(record.Row, cancellationToken);
                break;
            case CallAttributed attributed:
                await StoreAttributionAsync(attributed, cancellationToken);
                break;
            case CallTagged tagged:
                await StoreTagAsync(tagged, cancellationToken);
                break;
        }

        if (!open.TryGetValue(callEvent.CallId, out var call))
        {
            await AppendAsync(callEvent, null, callEvent.Detail(), cancellationToken);
            return;
        }

        call.Apply(callEvent);
        if (callEvent is CallEnded)
        {
            open.Remove(callEvent.CallId);
            var row = call.Row;
            await AppendAsync(callEvent, row, new { status = row.Status, row.WaitSeconds, row.TalkSeconds }, cancellationToken);
            await journal.FinishAsync(row, cancellationToken);
            return;
        }

        await AppendAsync(callEvent, call.Row, callEvent.Detail(), cancellationToken);
    }

    private async Task AppendAsync(CallEvent callEvent, CallRow? row, object? detail, CancellationToken cancellationToken)
    {
        IReadOnlyList<WebhookEventRow> webhooks = [];
        try
        {
            webhooks = await outbox.CollectAsync(callEvent, row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The call's history matters more than its webhooks: the event is stored without them.
            LogOutboxFailed(logger, e, callEvent.CallId, callEvent.Kind);
        }

        var stored = await journal.AppendAsync(callEvent.CallId, callEvent.At, callEvent.Kind, detail, webhooks, cancellationToken);
        if (stored && webhooks.Count > 0)
        {
            outbox.Committed();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Call journal queue is full: event {Kind} of call {CallId} is not stored; kept here so it is not lost: {Event}")]
    private static partial void LogDropped(ILogger logger, string callId, string kind, string @event);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhooks of event {Kind} of call {CallId} could not be made; the event is stored without them")]
    private static partial void LogOutboxFailed(ILogger logger, Exception exception, string callId, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Store failed to take a moment of call {CallId}; kept here so it is not lost: {Event}")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string callId, string @event);
}
