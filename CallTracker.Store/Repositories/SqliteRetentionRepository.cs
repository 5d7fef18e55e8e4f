using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteRetentionRepository : IRetentionRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteRetentionRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    // The batch is picked once into a temporary table, so the three deletes agree on it.
    internal const string CreateBatchTable = """
        CREATE TEMP TABLE IF NOT EXISTS purged_sessions (id TEXT NOT NULL PRIMARY KEY);
        DELETE FROM temp.purged_sessions;
        """;

    // Each of these searches an index (migration 0008 and earlier): the tests hold them to it with EXPLAIN QUERY PLAN.
    internal const string PickSessions = """
        INSERT INTO temp.purged_sessions (id)
        SELECT s.id FROM tracking_sessions s
        WHERE s.last_seen_at < @Before
          AND NOT EXISTS (SELECT 1 FROM call_attributions a WHERE a.session_id = s.id)
          AND NOT EXISTS (SELECT 1 FROM tracking_number_assignments n WHERE n.session_id = s.id AND n.to_at >= @Before)
        LIMIT @Batch;
        """;

    internal const string DeletePages = "DELETE FROM tracking_session_pages WHERE session_id IN (SELECT id FROM temp.purged_sessions);";

    internal const string DeleteAssignments = "DELETE FROM tracking_number_assignments WHERE session_id IN (SELECT id FROM temp.purged_sessions);";

    internal const string DeleteSessions = "DELETE FROM tracking_sessions WHERE id IN (SELECT id FROM temp.purged_sessions);";

    public async Task<int> PurgeTrackingAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken)
    {
        var parameters = new { Before = before.ToUnixTimeMilliseconds(), Batch = batch };
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        const string prepare = CreateBatchTable + PickSessions + DeletePages + DeleteAssignments;
        await connection.ExecuteAsync(new CommandDefinition(prepare, parameters, transaction, cancellationToken: cancellationToken));
        var deleted = await connection.ExecuteAsync(new CommandDefinition(DeleteSessions, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    // Oldest first by time: "ORDER BY id" alone would have SQLite walk the table in id order instead of the index on at.
    internal const string DeleteCallEvents = """
        DELETE FROM call_events WHERE id IN (SELECT id FROM call_events WHERE at < @Before ORDER BY at, id LIMIT @Batch);
        """;

    public async Task<int> PurgeCallEventsAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            DeleteCallEvents, new { Before = before.ToUnixTimeMilliseconds(), Batch = batch }, cancellationToken: cancellationToken));
    }
}
