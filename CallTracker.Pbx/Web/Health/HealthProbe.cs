using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Hosting;
using CallTracker.Store.Schema;

namespace CallTracker.Pbx.Web.Health;

/// <summary>Gathers the service's health: the ARI event socket, a bounded database read, and the call counters.</summary>
public sealed class HealthProbe(
    AriEventSocket socket,
    StoreProbe store,
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

        if (databaseError is not null)
        {
            problems.Add($"The database does not answer: {databaseError}");
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
            settings.Current.Version);
    }
}
