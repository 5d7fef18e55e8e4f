using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteWebhookOutboxRepository(SqliteConnectionFactory connectionFactory) : IWebhookOutboxRepository
{
    private const string Columns = """
        d.id AS Id, d.event_id AS EventId, d.call_id AS CallId, e.type AS Type, d.endpoint AS Endpoint, d.state AS State,
        d.attempts AS Attempts, d.created_at AS CreatedAt, d.next_attempt_at AS NextAttemptAt,
        d.last_attempt_at AS LastAttemptAt, d.last_status AS LastStatus, d.last_error AS LastError, d.finished_at AS FinishedAt
        """;

    // "Head": no earlier delivery of the same call to the same endpoint is still pending.
    private const string IsHead = """
        NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                    WHERE p.state = 'Pending' AND p.endpoint = d.endpoint AND p.call_id = d.call_id AND p.id < d.id)
        """;

    private const string InsertEvent = """
        INSERT INTO webhook_events (id, call_id, type, occurred_at, payload_json)
        VALUES (@Id, @CallId, @Type, @OccurredAt, @PayloadJson);
        """;

    private const string InsertDelivery = """
        INSERT INTO webhook_deliveries (event_id, call_id, endpoint, state, attempts, created_at, next_attempt_at)
        VALUES (@EventId, @CallId, @Endpoint, 'Pending', 0, @CreatedAt, @CreatedAt);
        """;

    /// <summary>Adds events and their deliveries inside the caller's transaction (the call moments' they belong to).</summary>
    internal static async Task InsertAsync(SqliteConnection connection, DbTransaction transaction, IReadOnlyList<WebhookEventRow> webhooks, CancellationToken cancellationToken)
    {
        if (webhooks.Count == 0)
        {
            return;
        }

        // Each statement runs the whole list through one command, so SQLite prepares it once; deliveries keep the
        // events' order, which is the order they are sent in.
        var events = webhooks.Select(w => new { w.Id, w.CallId, w.Type, OccurredAt = w.OccurredAt.ToUnixTimeMilliseconds(), w.PayloadJson }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(InsertEvent, events, transaction, cancellationToken: cancellationToken));
        var deliveries = webhooks
            .SelectMany(w => w.Endpoints.Select(endpoint => new { EventId = w.Id, w.CallId, Endpoint = endpoint, CreatedAt = w.OccurredAt.ToUnixTimeMilliseconds() }))
            .ToList();
        await connection.ExecuteAsync(new CommandDefinition(InsertDelivery, deliveries, transaction, cancellationToken: cancellationToken));
    }

    private const string Lease = $"""
        UPDATE webhook_deliveries SET leased_until = @LeaseUntil
        WHERE id IN (
            SELECT d.id FROM webhook_deliveries d
            WHERE d.state = 'Pending' AND d.endpoint = @Endpoint AND d.next_attempt_at <= @Now
              AND (d.leased_until IS NULL OR d.leased_until <= @Now) AND {IsHead}
            ORDER BY d.next_attempt_at, d.id
            LIMIT @Limit)
        RETURNING id;
        """;

    private const string SelectLeased = $"""
        SELECT {Columns}, e.payload_json AS PayloadJson
        FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.id IN @Ids
        ORDER BY d.next_attempt_at, d.id;
        """;

    public async Task<IReadOnlyList<WebhookDeliveryRow>> LeaseDueAsync(string endpoint, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { Endpoint = endpoint, Now = now.ToUnixTimeMilliseconds(), LeaseUntil = leaseUntil.ToUnixTimeMilliseconds(), Limit = limit };
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(Lease, parameters, transaction, cancellationToken: cancellationToken))).AsList();
        if (ids.Count == 0)
        {
            return [];
        }

        var records = await connection.QueryAsync<WebhookDeliveryRecord>(new CommandDefinition(SelectLeased, new { Ids = ids }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return records.Select(ToRow).ToList();
    }

    private const string SelectNextDue = $"""
        SELECT MIN(MAX(d.next_attempt_at, COALESCE(d.leased_until, 0)))
        FROM webhook_deliveries d
        WHERE d.state = 'Pending' AND d.endpoint IN @Endpoints AND {IsHead};
        """;

    public async Task<DateTimeOffset?> NextDueAtAsync(IReadOnlyCollection<string> endpoints, CancellationToken cancellationToken)
    {
        if (endpoints.Count == 0)
        {
            return null;
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var at = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(SelectNextDue, new { Endpoints = endpoints }, cancellationToken: cancellationToken));
        return at is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    private const string GiveUpOthers = """
        UPDATE webhook_deliveries
        SET state = 'Failed', last_error = @Error, finished_at = @At, leased_until = NULL
        WHERE state = 'Pending' AND endpoint NOT IN @Keep;
        """;

    public async Task<int> GiveUpOtherEndpointsAsync(IReadOnlyCollection<string> keep, DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(GiveUpOthers, new { Keep = keep, At = at.ToUnixTimeMilliseconds(), Error = reason }, cancellationToken: cancellationToken));
    }

    private const string UpdateAttempt = """
        UPDATE webhook_deliveries
        SET state = @State, attempts = attempts + 1, last_attempt_at = @At, last_status = @Status, last_error = @Error,
            next_attempt_at = COALESCE(@NextAttemptAt, next_attempt_at), leased_until = NULL,
            finished_at = CASE WHEN @State = 'Pending' THEN NULL ELSE @At END
        WHERE id = @Id;
        """;

    public async Task RecordAttemptAsync(WebhookAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var parameters = new
        {
            Id = attempt.DeliveryId,
            attempt.State,
            At = attempt.At.ToUnixTimeMilliseconds(),
            attempt.Status,
            attempt.Error,
            NextAttemptAt = attempt.NextAttemptAt?.ToUnixTimeMilliseconds(),
        };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UpdateAttempt, parameters, cancellationToken: cancellationToken));
    }

    private const string Release = "UPDATE webhook_deliveries SET leased_until = NULL WHERE id = @Id;";

    public async Task ReleaseAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Release, new { Id = deliveryId }, cancellationToken: cancellationToken));
    }

    private const string ReleaseAll = "UPDATE webhook_deliveries SET leased_until = NULL WHERE state = 'Pending' AND leased_until IS NOT NULL;";

    public async Task<int> ReleaseAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(ReleaseAll, cancellationToken: cancellationToken));
    }

    private static WebhookDeliveryRow ToRow(WebhookDeliveryRecord r) => new()
    {
        Id = r.Id,
        EventId = r.EventId,
        CallId = r.CallId,
        Type = r.Type,
        Endpoint = r.Endpoint,
        State = r.State,
        Attempts = checked((int)r.Attempts),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt),
        NextAttemptAt = r.State == WebhookDeliveryStates.Pending ? DateTimeOffset.FromUnixTimeMilliseconds(r.NextAttemptAt) : null,
        LastAttemptAt = Time(r.LastAttemptAt),
        LastStatus = r.LastStatus is { } status ? checked((int)status) : null,
        LastError = r.LastError,
        FinishedAt = Time(r.FinishedAt),
        PayloadJson = r.PayloadJson,
    };

    private static DateTimeOffset? Time(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
