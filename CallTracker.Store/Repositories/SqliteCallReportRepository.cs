using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

/// <summary>
/// Report queries. A grouped report reads the daily totals (report_daily, report_daily_tags) for the whole days of its
/// range in the store's calendar and the report rows of the calls in the part-days at either end, so any range is
/// exact and a range of whole days in the business time zone reads the daily totals alone.
/// </summary>
internal sealed partial class SqliteCallReportRepository(SqliteConnectionFactory connectionFactory) : ICallReportRepository
{
    public async Task<IReadOnlyList<ReportGroupRow>> GroupAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new
        {
            Dimension = ReportSql.Dimension(query.Dimension, query.Touch),
            From = query.From.ToUnixTimeMilliseconds(),
            To = query.To.ToUnixTimeMilliseconds(),
        };
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = (await connection.QueryAsync<ReportGroupRecord>(new CommandDefinition(
            ReportGroupSql.For(query.Dimension, query.Touch), parameters, cancellationToken: cancellationToken))).AsList();
        var tags = records.Where(r => r.Kind == 1)
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Status, r => r.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        return records.Where(r => r.Kind == 0)
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

    private const string SourceSlots = """
        SELECT (arrived_at / 900000) * 900000 AS SlotStart, source AS Source, COUNT(*) AS Calls
        FROM report_calls
        WHERE arrived_at >= @From AND arrived_at < @To
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
