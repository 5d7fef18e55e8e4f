using System.Text.Json;
using CallTracker.Pbx.Reports;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>
/// Writes calls and their history to the store: the journal writer's batches, and the single rows of the sweeps that
/// fix up calls of an earlier run. A write that fails is logged in full, so the log file
/// still holds what the database could not take.
/// </summary>
public sealed partial class CallJournal(
    ICallRepository calls,
    ICallEventRepository callEvents,
    ICallJournalStore store,
    CallTypeClassifier callTypes,
    TimeProvider timeProvider,
    ILogger<CallJournal> logger)
{
    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CallRow row, CancellationToken cancellationToken)
    {
        try
        {
            await calls.InsertAsync(row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, "insert call", JsonSerializer.Serialize(row, DetailJson));
        }
    }

    public async Task FinishAsync(CallRow row, CancellationToken cancellationToken)
    {
        try
        {
            await calls.UpdateAsync(row, cancellationToken);
            await callTypes.ClassifyAsync(row.Id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, "update call", JsonSerializer.Serialize(row, DetailJson));
        }
    }

    /// <summary>
    /// Stores moments of calls in one transaction, then classifies the calls among them that ended. When the store
    /// refuses the batch, each moment is tried alone, so a bad row costs only its own moment, which is logged in full.
    /// </summary>
    /// <returns>The entries stored.</returns>
    public async Task<IReadOnlyList<CallJournalEntry>> WriteAsync(IReadOnlyList<CallJournalEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var stored = entries;
        if (entries.Count > 1)
        {
            try
            {
                await store.WriteAsync(entries, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogBatchRefused(logger, e, entries.Count);
                stored = await WriteOneByOneAsync(entries, cancellationToken);
            }
        }
        else
        {
            stored = await WriteOneByOneAsync(entries, cancellationToken);
        }

        var ended = stored.Select(e => e.FinishedCall).OfType<CallRow>().Select(row => row.Id).ToList();
        if (ended.Count > 0)
        {
            await callTypes.ClassifyAsync(ended, cancellationToken);
        }

        return stored;
    }

    private async Task<IReadOnlyList<CallJournalEntry>> WriteOneByOneAsync(IReadOnlyList<CallJournalEntry> entries, CancellationToken cancellationToken)
    {
        var stored = new List<CallJournalEntry>(entries.Count);
        foreach (var entry in entries)
        {
            try
            {
                await store.WriteAsync([entry], cancellationToken);
                stored.Add(entry);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogWriteFailed(logger, e, $"store moment {entry.Event.Kind} of call {entry.Event.CallId}", JsonSerializer.Serialize(entry, DetailJson));
            }
        }

        return stored;
    }

    /// <summary>One step of a call's history as a row; <paramref name="detail"/> is stored as JSON.</summary>
    public static CallEventRow EventRow(string callId, DateTimeOffset at, string kind, object? detail) => new()
    {
        CallId = callId,
        At = at,
        Kind = kind,
        DetailJson = detail is null ? null : JsonSerializer.Serialize(detail, DetailJson),
    };

    /// <summary>Appends one step of the call's history, as of now; <paramref name="detail"/> is stored as JSON.</summary>
    public Task AppendAsync(string callId, string kind, object? detail, CancellationToken cancellationToken) =>
        AppendAsync(callId, timeProvider.GetUtcNow(), kind, detail, cancellationToken);

    /// <summary>Appends one step of the call's history that happened at <paramref name="at"/>.</summary>
    public async Task AppendAsync(string callId, DateTimeOffset at, string kind, object? detail, CancellationToken cancellationToken)
    {
        var row = EventRow(callId, at, kind, detail);
        try
        {
            await callEvents.AppendAsync(row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, "append call event", JsonSerializer.Serialize(row, DetailJson));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store refused a batch of {Count} call moments; storing them one by one")]
    private static partial void LogBatchRefused(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Store failed to {Operation}; the record, kept here so it is not lost: {Record}")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string operation, string record);
}
