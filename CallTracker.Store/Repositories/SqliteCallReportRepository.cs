using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

/// <summary>Report queries. Each report is three grouped queries over the same calls: counters, statuses, tag sums.</summary>
internal sealed partial class SqliteCallReportRepository(SqliteConnectionFactory connectionFactory) : ICallReportRepository
{
    private const string Counters = """
        SELECT {key} AS Key, COUNT(*) AS Calls, SUM(c.status = 'Answered') AS Answered,
               SUM(COALESCE(c.is_unique, 0)) AS UniqueCalls, SUM(COALESCE(c.is_target, 0)) AS Target,
               SUM(COALESCE(c.is_repeat, 0)) AS RepeatCalls, SUM(COALESCE(c.is_first_target, 0)) AS FirstTarget,
               SUM(COALESCE(c.is_unique_target, 0)) AS UniqueTarget, AVG(c.wait_seconds) AS AverageWaitSeconds,
               AVG(CASE WHEN c.status = 'Answered' THEN c.talk_seconds END) AS AverageTalkSeconds,
               SUM(c.talk_seconds) AS TotalTalkSeconds
        FROM calls c
        {joins}WHERE {range}
        GROUP BY 1
        ORDER BY Calls DESC, Key;
        """;

    private const string Statuses = """
        SELECT {key} AS Key, c.status AS Name, COUNT(*) AS Value
        FROM calls c
        {joins}WHERE {range}
        GROUP BY 1, 2;
        """;

    private const string TagSums = """
        SELECT {key} AS Key, tg.category_name AS Name, SUM(tg.value) AS Value
        FROM calls c
        JOIN call_tags tg ON tg.call_id = c.id
        {joins}WHERE {range}
        GROUP BY 1, 2;
        """;

    public async Task<IReadOnlyList<ReportGroupRow>> GroupAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new { From = query.From.ToUnixTimeMilliseconds(), To = query.To.ToUnixTimeMilliseconds() };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var counters = await connection.QueryAsync<ReportGroupRecord>(new CommandDefinition(Compose(Counters, query), parameters, cancellationToken: cancellationToken));
        var statuses = await CountsAsync(connection, Compose(Statuses, query), parameters, cancellationToken);
        var tags = await CountsAsync(connection, Compose(TagSums, query), parameters, cancellationToken);
        return counters.Select(r => new ReportGroupRow
        {
            Key = r.Key,
            Calls = r.Calls,
            Answered = r.Answered,
            NotAnswered = r.Calls - r.Answered,
            Unique = r.UniqueCalls,
            Target = r.Target,
            Repeat = r.RepeatCalls,
            FirstTarget = r.FirstTarget,
            UniqueTarget = r.UniqueTarget,
            AverageWaitSeconds = Math.Round(r.AverageWaitSeconds, 1),
            AverageTalkSeconds = Math.Round(r.AverageTalkSeconds ?? 0, 1),
            TotalTalkSeconds = r.TotalTalkSeconds,
            Statuses = statuses.GetValueOrDefault(r.Key) ?? new Dictionary<string, long>(),
            TagValues = tags.GetValueOrDefault(r.Key) ?? new Dictionary<string, long>(),
        }).ToList();
    }

    private static string Compose(string template, ReportQuery query) => template
        .Replace("{key}", ReportSql.Key(query.Dimension, query.Touch), StringComparison.Ordinal)
        .Replace("{joins}", ReportSql.Joins(query.Dimension, query.Touch), StringComparison.Ordinal)
        .Replace("{range}", ReportSql.InRange, StringComparison.Ordinal);

    private static async Task<Dictionary<string, Dictionary<string, long>>> CountsAsync(
        System.Data.Common.DbConnection connection, string sql, object parameters, CancellationToken cancellationToken)
    {
        var records = await connection.QueryAsync<ReportCountRecord>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return records
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private const string SourceSlots = """
        SELECT (c.arrived_at / 900000) * 900000 AS SlotStart, COALESCE(a.source, '(none)') AS Source, COUNT(*) AS Calls
        FROM calls c
        LEFT JOIN call_attributions a ON a.call_id = c.id
        WHERE c.arrived_at >= @From AND c.arrived_at < @To
        GROUP BY 1, 2
        ORDER BY 1, 2;
        """;

    public async Task<IReadOnlyList<SourceBucketCount>> CountBySourceAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long SlotStart, string Source, long Calls)>(new CommandDefinition(
            SourceSlots, new { From = since.ToUnixTimeMilliseconds(), To = until.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return rows.Select(r => new SourceBucketCount(DateTimeOffset.FromUnixTimeMilliseconds(r.SlotStart), r.Source, r.Calls)).ToList();
    }
}
