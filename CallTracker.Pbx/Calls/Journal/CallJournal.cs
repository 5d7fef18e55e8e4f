using System.Text.Json;
using CallTracker.Pbx.Reports;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>
/// Writes calls and their history to the store: the journal writer's hands, and the sweeps' that fix up calls of an
/// earlier run. A write that fails is logged in full, so the log file
/// still holds what the database could not take.
/// </summary>
public sealed partial class CallJournal(
    ICallRepository calls,
    ICallEventRepository callEvents,
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

    /// <summary>Appends one step of the call's history, as of now; <paramref name="detail"/> is stored as JSON.</summary>
    public Task AppendAsync(string callId, string kind, object? detail, CancellationToken cancellationToken) =>
        AppendAsync(callId, timeProvider.GetUtcNow(), kind, detail, cancellationToken);

    /// <summary>Appends one step of the call's history that happened at <paramref name="at"/>.</summary>
    public Task AppendAsync(string callId, DateTimeOffset at, string kind, object? detail, CancellationToken cancellationToken) =>
        AppendAsync(callId, at, kind, detail, [], cancellationToken);

    /// <summary>Appends one step of the call's history and the webhook events it publishes, in one transaction.</summary>
    /// <returns>False when the store refused them; both were logged in full.</returns>
    public async Task<bool> AppendAsync(string callId, DateTimeOffset at, string kind, object? detail, IReadOnlyList<WebhookEventRow> webhooks, CancellationToken cancellationToken)
    {
        var row = new CallEventRow
        {
            CallId = callId,
            At = at,
            Kind = kind,
            DetailJson = detail is null ? null : JsonSerializer.Serialize(detail, DetailJson),
        };
        try
        {
            await callEvents.AppendAsync(row, webhooks, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, "append call event", JsonSerializer.Serialize(new { row, webhooks }, DetailJson));
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Store failed to {Operation}; the record, kept here so it is not lost: {Record}")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string operation, string record);
}
