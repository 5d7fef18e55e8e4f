using CallTracker.Store.Rows;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteCallRepository
{
    // SQLite takes the bare columns of a MAX() aggregate from the row holding the maximum: the latest answer.
    // The answered_by condition is spelt out so the partial index ix_calls_caller_answered (0005) serves the query.
    internal const string SelectLastAnswers = """
        SELECT caller_number AS CallerNumber, answered_by AS Endpoint, MAX(answered_at) AS AnsweredAt
        FROM calls
        WHERE answered_by IS NOT NULL AND answered_at >= @Since AND direction = @Direction AND caller_number <> ''
        GROUP BY caller_number;
        """;

    public async Task<IReadOnlyList<LastAnswerRow>> ListLastAnswersAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<LastAnswerRecord>(new CommandDefinition(
            SelectLastAnswers,
            new { Since = since.ToUnixTimeMilliseconds(), Direction = CallRow.InboundDirection },
            cancellationToken: cancellationToken));
        return records.Select(r => new LastAnswerRow
        {
            CallerNumber = r.CallerNumber,
            Endpoint = r.Endpoint,
            AnsweredAt = DateTimeOffset.FromUnixTimeMilliseconds(r.AnsweredAt),
        }).ToList();
    }
}
