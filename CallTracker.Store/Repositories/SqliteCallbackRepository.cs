using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteCallbackRepository(SqliteConnectionFactory connectionFactory) : ICallbackRepository
{
    private const string Columns = """
        id AS Id, site AS Site, phone AS Phone, session_id AS SessionId, route AS Route, state AS State, status AS Status,
        attempts AS Attempts, requested_at AS RequestedAt, next_attempt_at AS NextAttemptAt, updated_at AS UpdatedAt
        """;

    private const string Insert = """
        INSERT INTO callbacks (id, site, phone, session_id, route, state, status, attempts, requested_at, next_attempt_at, updated_at)
        VALUES (@Id, @Site, @Phone, @SessionId, @Route, @State, @Status, @Attempts, @RequestedAt, @NextAttemptAt, @UpdatedAt);
        """;

    public async Task InsertAsync(CallbackRow callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Insert, ToRecord(callback), cancellationToken: cancellationToken));
    }

    private const string SelectById = $"SELECT {Columns} FROM callbacks WHERE id = @Id;";

    public async Task<CallbackRow?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleOrDefaultAsync<CallbackRecord>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
        return record is null ? null : ToRow(record);
    }

    private const string SelectAttempts = """
        SELECT callback_id AS CallbackId, attempt AS Attempt, call_id AS CallId, started_at AS StartedAt, ended_at AS EndedAt, status AS Status
        FROM callback_attempts WHERE callback_id = @CallbackId ORDER BY attempt;
        """;

    public async Task<IReadOnlyList<CallbackAttemptRow>> ListAttemptsAsync(string callbackId, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallbackAttemptRecord>(new CommandDefinition(SelectAttempts, new { CallbackId = callbackId }, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    private const string SelectInState = $"SELECT {Columns} FROM callbacks WHERE state = @State ORDER BY requested_at, id;";

    public async Task<IReadOnlyList<CallbackRow>> ListInStateAsync(string state, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallbackRecord>(new CommandDefinition(SelectInState, new { State = state }, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    private const string Pending = "'Pending'";

    private const string SelectDue = $"SELECT {Columns} FROM callbacks WHERE state = {Pending} AND next_attempt_at <= @Now ORDER BY next_attempt_at, id;";

    public async Task<IReadOnlyList<CallbackRow>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallbackRecord>(new CommandDefinition(SelectDue, new { Now = now.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    private const string SelectNextDue = $"SELECT MIN(next_attempt_at) FROM callbacks WHERE state = {Pending};";

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(SelectNextDue, cancellationToken: cancellationToken));
        return next is { } at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null;
    }

    private const string Update = """
        UPDATE callbacks SET state = @State, status = @Status, attempts = @Attempts, next_attempt_at = @NextAttemptAt, updated_at = @UpdatedAt
        WHERE id = @Id;
        """;

    private const string UpsertAttempt = """
        INSERT INTO callback_attempts (callback_id, attempt, call_id, started_at, ended_at, status)
        VALUES (@CallbackId, @Attempt, @CallId, @StartedAt, @EndedAt, @Status)
        ON CONFLICT (callback_id, attempt) DO UPDATE SET ended_at = excluded.ended_at, status = excluded.status;
        """;

    public async Task SaveAttemptAsync(CallbackRow callback, CallbackAttemptRow attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(attempt);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(Update, ToRecord(callback), transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new InvalidOperationException($"Cannot save an attempt of callback '{callback.Id}': the store has no callback with that id.");
        }

        await connection.ExecuteAsync(new CommandDefinition(UpsertAttempt, ToRecord(attempt), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static CallbackRecord ToRecord(CallbackRow row) => new()
    {
        Id = row.Id,
        Site = row.Site,
        Phone = row.Phone,
        SessionId = row.SessionId,
        Route = row.Route,
        State = row.State,
        Status = row.Status,
        Attempts = row.Attempts,
        RequestedAt = row.RequestedAt.ToUnixTimeMilliseconds(),
        NextAttemptAt = row.NextAttemptAt?.ToUnixTimeMilliseconds(),
        UpdatedAt = row.UpdatedAt.ToUnixTimeMilliseconds(),
    };

    private static CallbackRow ToRow(CallbackRecord record) => new()
    {
        Id = record.Id,
        Site = record.Site,
        Phone = record.Phone,
        SessionId = record.SessionId,
        Route = record.Route,
        State = record.State,
        Status = record.Status,
        Attempts = checked((int)record.Attempts),
        RequestedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.RequestedAt),
        NextAttemptAt = record.NextAttemptAt is { } next ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null,
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.UpdatedAt),
    };

    private static CallbackAttemptRecord ToRecord(CallbackAttemptRow row) => new()
    {
        CallbackId = row.CallbackId,
        Attempt = row.Attempt,
        CallId = row.CallId,
        StartedAt = row.StartedAt.ToUnixTimeMilliseconds(),
        EndedAt = row.EndedAt?.ToUnixTimeMilliseconds(),
        Status = row.Status,
    };

    private static CallbackAttemptRow ToRow(CallbackAttemptRecord record) => new()
    {
        CallbackId = record.CallbackId,
        Attempt = checked((int)record.Attempt),
        CallId = record.CallId,
        StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.StartedAt),
        EndedAt = record.EndedAt is { } ended ? DateTimeOffset.FromUnixTimeMilliseconds(ended) : null,
        Status = record.Status,
    };
}
