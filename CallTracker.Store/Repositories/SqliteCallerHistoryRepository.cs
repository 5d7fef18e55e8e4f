using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteCallerHistoryRepository(SqliteConnectionFactory connectionFactory) : ICallerHistoryRepository
{
    // "Earlier" breaks ties on arrival time by id, as call types do; the (caller_number, arrived_at) index serves both reads.
    private const string Earlier = "caller_number = @Caller AND (arrived_at < @At OR (arrived_at = @At AND id < @Id))";

    private const string Select = $"""
        SELECT s.EarlierCalls, s.EarlierAnswered, s.FirstCallAt,
               l.id AS LastCallId, l.arrived_at AS LastCallAt, l.status AS LastStatus, l.answered_by AS LastAnsweredBy
        FROM (SELECT COUNT(*) AS EarlierCalls, COALESCE(SUM(answered_at IS NOT NULL), 0) AS EarlierAnswered, MIN(arrived_at) AS FirstCallAt
              FROM calls WHERE {Earlier}) s
        LEFT JOIN (SELECT id, arrived_at, status, answered_by FROM calls WHERE {Earlier} ORDER BY arrived_at DESC, id DESC LIMIT 1) l ON 1 = 1;
        """;

    public async Task<CallerHistory> GetEarlierAsync(string callerNumber, string callId, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(callerNumber))
        {
            return CallerHistory.None;
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleAsync<CallerHistoryRecord>(new CommandDefinition(
            Select, new { Caller = callerNumber, Id = callId, At = arrivedAt.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return new CallerHistory
        {
            EarlierCalls = checked((int)record.EarlierCalls),
            EarlierAnswered = checked((int)record.EarlierAnswered),
            FirstCallAt = Time(record.FirstCallAt),
            LastCallId = record.LastCallId,
            LastCallAt = Time(record.LastCallAt),
            LastStatus = record.LastStatus,
            LastAnsweredBy = record.LastAnsweredBy,
        };
    }

    private static DateTimeOffset? Time(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
}
