using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

/// <summary>Report queries. Each report is two grouped queries over the same calls: counters per status, and tag sums.</summary>
internal sealed partial class SqliteCallReportRepository(SqliteConnectionFactory connectionFactory) : ICallReportRepository
{
    // One scan: counters per group and status; the lines and their status columns are folded from it in memory.
    private const string Counters = """
        SELECT {key} AS Key, c.status AS Status, COUNT(*) AS Calls,
               SUM(COALESCE(c.is_unique, 0)) AS UniqueCalls, SUM(COALESCE(c.is_target, 0)) AS Target,
               SUM(COALESCE(c.is_repeat, 0)) AS RepeatCalls, SUM(COALESCE(c.is_first_target, 0)) AS FirstTarget,
               SUM(COALESCE(c.is_unique_target, 0)) AS UniqueTarget, SUM(c.wait_seconds) AS WaitSeconds,
               SUM(c.talk_seconds) AS TalkSeconds
        FROM calls c
        {joins}WHERE {range}
        GROUP BY 1, 2;
        """;

    // Driven by the tags, which are few: a tag is entered after its call arrived and, a call lasting under a day,
    // before the day after the range ends, so the tagged_at index narrows the read before the exact range applies.
    private const string TagSums = """
        SELECT {key} AS Key, tg.category_name AS Name, SUM(tg.value) AS Value
        FROM call_tags tg
        JOIN calls c ON c.id = tg.call_id
        {joins}WHERE tg.tagged_at >= @From AND tg.tagged_at < @To + 86400000 AND {range}
        GROUP BY 1, 2;
        """;

    public async Task<IReadOnlyList<ReportGroupRow>> GroupAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new { From = query.From.ToUnixTimeMilliseconds(), To = query.To.ToUnixTimeMilliseconds() };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var counters = await connection.QueryAsync<ReportGroupRecord>(new CommandDefinition(Compose(Counters, query), parameters, cancellationToken: cancellationToken));
        var tags = await CountsAsync(connection, Compose(TagSums, query), parameters, cancellationToken);
        return counters
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => ToRow(g.Key, g.ToList(), tags.GetValueOrDefault(g.Key)))
            .OrderByDescending(r => r.Calls)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static ReportGroupRow ToRow(string key, List<ReportGroupRecord> byStatus, Dictionary<string, long>? tags)
    {
        var calls = byStatus.Sum(r => r.Calls);
        var answered = byStatus.Where(r => r.Status is "Answered" or "HandledByFallback" or "CallbackConnected").Sum(r => r.Calls);
        var talk = byStatus.Sum(r => r.TalkSeconds);
        return new ReportGroupRow
        {
            Key = key,
            Calls = calls,
            Answered = answered,
            NotAnswered = calls - answered,
            Unique = byStatus.Sum(r => r.UniqueCalls),
            Target = byStatus.Sum(r => r.Target),
            Repeat = byStatus.Sum(r => r.RepeatCalls),
            FirstTarget = byStatus.Sum(r => r.FirstTarget),
            UniqueTarget = byStatus.Sum(r => r.UniqueTarget),
            AverageWaitSeconds = Math.Round((double)byStatus.Sum(r => r.WaitSeconds) / calls, 1),

            // Only answered calls have talk time, so the total over all calls is the answered calls' total.
            AverageTalkSeconds = answered == 0 ? 0 : Math.Round((double)talk / answered, 1),
            TotalTalkSeconds = talk,
            Statuses = byStatus.ToDictionary(r => r.Status, r => r.Calls, StringComparer.Ordinal),
            TagValues = tags ?? new Dictionary<string, long>(),
        };
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
