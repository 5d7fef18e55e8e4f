using CallTracker.Store.Rows;
using Dapper;

namespace CallTracker.Store.Repositories;

/// <summary>What the admin API, /health and the purge read and delete.</summary>
internal sealed partial class SqliteWebhookOutboxRepository
{
    private const string SelectBacklog = """
        SELECT (SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'Pending') AS Pending,
               (SELECT MIN(created_at) FROM webhook_deliveries WHERE state = 'Pending') AS OldestPendingAt,
               (SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'Failed') AS Failed;
        """;

    public async Task<WebhookBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleAsync<WebhookBacklogRecord>(new CommandDefinition(SelectBacklog, cancellationToken: cancellationToken));
        return new WebhookBacklog(record.Pending, Time(record.OldestPendingAt), record.Failed);
    }

    private const string SelectCounts = """
        SELECT endpoint AS Endpoint,
               SUM(state = 'Pending') AS Pending, SUM(state = 'Delivered') AS Delivered, SUM(state = 'Failed') AS Failed,
               MIN(CASE WHEN state = 'Pending' THEN created_at END) AS OldestPendingAt,
               MAX(CASE WHEN state = 'Delivered' THEN finished_at END) AS LastDeliveredAt
        FROM webhook_deliveries
        GROUP BY endpoint
        ORDER BY endpoint;
        """;

    public async Task<IReadOnlyList<WebhookEndpointCounts>> CountByEndpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<WebhookEndpointCountsRecord>(new CommandDefinition(SelectCounts, cancellationToken: cancellationToken));
        return records.Select(r => new WebhookEndpointCounts
        {
            Endpoint = r.Endpoint,
            Pending = r.Pending,
            Delivered = r.Delivered,
            Failed = r.Failed,
            OldestPendingAt = Time(r.OldestPendingAt),
            LastDeliveredAt = Time(r.LastDeliveredAt),
        }).ToList();
    }

    private const string SelectList = $"""
        SELECT {Columns}
        FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE (@State IS NULL OR d.state = @State)
          AND (@Endpoint IS NULL OR d.endpoint = @Endpoint)
          AND (@CallId IS NULL OR d.call_id = @CallId)
        ORDER BY d.id DESC
        LIMIT @Limit OFFSET @Offset;
        """;

    public async Task<IReadOnlyList<WebhookDeliveryRow>> ListAsync(WebhookDeliveryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // SQLite reads a negative LIMIT as "no limit", which would load the whole outbox.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<WebhookDeliveryRecord>(new CommandDefinition(SelectList, query, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    private const string SelectOne = $"""
        SELECT {Columns}, e.payload_json AS PayloadJson
        FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.id = @Id;
        """;

    public async Task<WebhookDeliveryRow?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleOrDefaultAsync<WebhookDeliveryRecord>(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: cancellationToken));
        return record is null ? null : ToRow(record);
    }

    private const string PurgeDeliveries = """
        DELETE FROM webhook_deliveries WHERE id IN (
            SELECT id FROM webhook_deliveries WHERE state IN ('Delivered', 'Failed') AND finished_at < @Before LIMIT @Batch);
        """;

    private const string PurgeEvents = """
        DELETE FROM webhook_events WHERE id IN (
            SELECT e.id FROM webhook_events e
            WHERE e.occurred_at < @Before AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)
            LIMIT @Batch);
        """;

    public async Task<int> PurgeAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken)
    {
        var parameters = new { Before = before.ToUnixTimeMilliseconds(), Batch = batch };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(PurgeDeliveries, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(PurgeEvents, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
