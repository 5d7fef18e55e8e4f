using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteCallEventRepository : ICallEventRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteCallEventRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    private const string Insert = """
        INSERT INTO call_events (call_id, at, kind, detail_json)
        VALUES (@CallId, @At, @Kind, @DetailJson);
        """;

    public Task AppendAsync(CallEventRow callEvent, CancellationToken cancellationToken) =>
        AppendAsync(callEvent, [], cancellationToken);

    public async Task AppendAsync(CallEventRow callEvent, IReadOnlyList<WebhookEventRow> webhooks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        ArgumentNullException.ThrowIfNull(webhooks);
        var record = new CallEventRecord
        {
            CallId = callEvent.CallId,
            At = callEvent.At.ToUnixTimeMilliseconds(),
            Kind = callEvent.Kind,
            DetailJson = callEvent.DetailJson,
        };
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        if (webhooks.Count == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(Insert, record, cancellationToken: cancellationToken));
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Insert, record, transaction, cancellationToken: cancellationToken));
        await SqliteWebhookOutboxRepository.InsertAsync(connection, transaction, webhooks, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Ordered by id, not by time: two events can share a millisecond, and append order is what matters.
    private const string SelectForCall = """
        SELECT id AS Id, call_id AS CallId, at AS At, kind AS Kind, detail_json AS DetailJson
        FROM call_events
        WHERE call_id = @CallId
        ORDER BY id;
        """;

    public async Task<IReadOnlyList<CallEventRow>> ListForCallAsync(string callId, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallEventRecord>(
            new CommandDefinition(SelectForCall, new { CallId = callId }, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    private static CallEventRow ToRow(CallEventRecord record) => new()
    {
        Id = record.Id,
        CallId = record.CallId,
        At = DateTimeOffset.FromUnixTimeMilliseconds(record.At),
        Kind = record.Kind,
        DetailJson = record.DetailJson,
    };
}
