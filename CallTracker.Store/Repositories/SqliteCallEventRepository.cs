using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

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

    public async Task AppendAsync(CallEventRow callEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await InsertAsync(connection, null, [callEvent], cancellationToken);
    }

    /// <summary>Appends the events through one command, so SQLite prepares the statement once for all of them.</summary>
    internal static Task InsertAsync(SqliteConnection connection, DbTransaction? transaction, IEnumerable<CallEventRow> events, CancellationToken cancellationToken)
    {
        var records = events.Select(e => new CallEventRecord
        {
            CallId = e.CallId,
            At = e.At.ToUnixTimeMilliseconds(),
            Kind = e.Kind,
            DetailJson = e.DetailJson,
        }).ToList();
        return connection.ExecuteAsync(new CommandDefinition(Insert, records, transaction, cancellationToken: cancellationToken));
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
