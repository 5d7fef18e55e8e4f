using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Hosting;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;

namespace CallTracker.Pbx.Web.Health;

/// <summary>Gathers the service's health: the ARI event socket, bounded database reads (the schema, the webhook backlog), and the call counters.</summary>
public sealed class HealthProbe(
    AriEventSocket socket,
    StoreProbe store,
    IWebhookOutboxRepository webhooks,
    CallRegistry registry,
    CallDispatcher dispatcher,
    LiveSettings settings,
    TimeProvider timeProvider)
{
    /// <summary>A monitor polls often; a database that takes longer than this to answer a one-row read is not ok.</summary>
    public static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var state = socket.State;
        if (state != AriConnectionState.Connected)
        {
            problems.Add($"The ARI event socket is {state}: calls follow the dialplan fallback and are not tracked.");
        }

        long? schemaVersion = null;
        string? databaseError = null;
        try
        {
            // WaitAsync bounds the wait even where SQLite does not honour the token mid-statement.
            schemaVersion = await store.ReadSchemaVersionAsync(cancellationToken).WaitAsync(DatabaseTimeout, timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            databaseError = $"no answer within {DatabaseTimeout.TotalSeconds:0} s";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            databaseError = e.Message;
        }

        WebhookBacklog? backlog = null;
        if (databaseError is not null)
        {
            problems.Add($"The database does not answer: {databaseError}");
        }
        else
        {
            backlog = await ReadBacklogAsync(cancellationToken);
        }

        return new HealthReport(
            problems.Count == 0 ? HealthReport.Ok : HealthReport.Degraded,
            problems,
            state.ToString(),
            socket.LastOpenedAt,
            socket.OpenCount,
            socket.LastDrop?.Reason,
            socket.LastDrop?.At,
            databaseError is null ? "ok" : "failed",
            databaseError,
            schemaVersion,
            registry.ActiveCalls.Count,
            dispatcher.DroppedEvents,
            settings.Current.Version,
            backlog?.Pending,
            backlog?.OldestPendingAt,
            backlog?.Failed);
    }

    /// <summary>Null when the read fails or is slow: the schema read just passed, so the report says ok and leaves the backlog out.</summary>
    private async Task<WebhookBacklog?> ReadBacklogAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await webhooks.GetBacklogAsync(cancellationToken).WaitAsync(DatabaseTimeout, timeProvider, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
