using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

/// <summary>
/// Report queries. A report reads the daily totals (report_daily, report_daily_tags) for the whole days of its range in
/// the store's calendar, and the per-call lines (report_call_lines, report_tag_lines) for the part-days at either end,
/// so any range is exact and a range of whole days in the business time zone reads the daily totals alone.
/// </summary>
internal sealed partial class SqliteCallReportRepository(SqliteConnectionFactory connectionFactory) : ICallReportRepository
{
    private const long DayMs = 86_400_000;

    // A part-day at either end of a range is under a day long, however daylight saving moves the clock.
    private const long EdgeMs = 3 * DayMs;

    private const string LocalTimes = """
        SELECT @From + COALESCE((SELECT offset_ms FROM report_utc_offsets WHERE from_at <= @From ORDER BY from_at DESC LIMIT 1), 0) AS Item1,
               @To + COALESCE((SELECT offset_ms FROM report_utc_offsets WHERE from_at <= @To ORDER BY from_at DESC LIMIT 1), 0) AS Item2,
               EXISTS (SELECT 1 FROM report_utc_offsets WHERE from_at BETWEEN @From - @Edge AND @From + @Edge OR from_at BETWEEN @To - @Edge AND @To + @Edge) AS Item3;
        """;

    // One row per line and status: the whole days' totals, plus (for a range not of whole days) the calls of the
    // part-days at its ends.
    private const string Counters = """
        SELECT {key} AS Key, g.Status, g.Calls, g.UniqueCalls, g.Target, g.RepeatCalls, g.FirstTarget, g.UniqueTarget, g.WaitSeconds, g.TalkSeconds
        FROM (
            SELECT key AS Key, status AS Status, SUM(calls) AS Calls, SUM(unique_calls) AS UniqueCalls, SUM(target) AS Target,
                   SUM(repeat_calls) AS RepeatCalls, SUM(first_target) AS FirstTarget, SUM(unique_target) AS UniqueTarget,
                   SUM(wait_seconds) AS WaitSeconds, SUM(talk_seconds) AS TalkSeconds
            FROM (
                SELECT key, status, calls, unique_calls, target, repeat_calls, first_target, unique_target, wait_seconds, talk_seconds
                FROM report_daily WHERE dimension = @Dimension AND day >= @FirstDay AND day < @EndDay{edges})
            GROUP BY key, status
            HAVING SUM(calls) > 0) g
        {join};
        """;

    private const string CounterEdges = """

                UNION ALL
                SELECT key, status, 1, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds
                FROM report_call_lines WHERE dimension = @Dimension AND arrived_at >= @From AND arrived_at < @HeadEnd AND day < @FirstDay
                UNION ALL
                SELECT key, status, 1, is_unique, is_target, is_repeat, is_first_target, is_unique_target, wait_seconds, talk_seconds
                FROM report_call_lines WHERE dimension = @Dimension AND arrived_at >= @TailStart AND arrived_at < @To AND day >= @EndDay
        """;

    private const string TagSums = """
        SELECT {key} AS Key, g.Name, g.Value
        FROM (
            SELECT key AS Key, category AS Name, SUM(value) AS Value
            FROM (
                SELECT key, category, tags, value FROM report_daily_tags WHERE dimension = @Dimension AND day >= @FirstDay AND day < @EndDay{edges})
            GROUP BY key, category
            HAVING SUM(tags) > 0) g
        {join};
        """;

    private const string TagEdges = """

                UNION ALL
                SELECT key, category, 1, value FROM report_tag_lines
                WHERE dimension = @Dimension AND arrived_at >= @From AND arrived_at < @HeadEnd AND day < @FirstDay
                UNION ALL
                SELECT key, category, 1, value FROM report_tag_lines
                WHERE dimension = @Dimension AND arrived_at >= @TailStart AND arrived_at < @To AND day >= @EndDay
        """;

    public async Task<IReadOnlyList<ReportGroupRow>> GroupAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var (parameters, wholeDays) = await RangeAsync(connection, query, cancellationToken);
        var counters = await connection.QueryAsync<ReportGroupRecord>(new CommandDefinition(
            Compose(Counters, query, wholeDays ? "" : CounterEdges), parameters, cancellationToken: cancellationToken));
        var tags = await CountsAsync(connection, Compose(TagSums, query, wholeDays ? "" : TagEdges), parameters, cancellationToken);
        return counters
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => ToRow(g.Key, g.ToList(), tags.GetValueOrDefault(g.Key)))
            .OrderByDescending(r => r.Calls)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The whole days of the range in the store's calendar, the windows the part-days at its ends lie in, and whether
    /// there are none (the range starts and ends at midnight, away from any clock change).
    /// </summary>
    private static async Task<(object Parameters, bool WholeDays)> RangeAsync(System.Data.Common.DbConnection connection, ReportQuery query, CancellationToken cancellationToken)
    {
        var from = query.From.ToUnixTimeMilliseconds();
        var to = query.To.ToUnixTimeMilliseconds();
        var (localFrom, localTo, clockChange) = await connection.QuerySingleAsync<(long, long, bool)>(new CommandDefinition(
            LocalTimes, new { From = from, To = to, Edge = EdgeMs }, cancellationToken: cancellationToken));
        var firstDay = (long)Math.Ceiling(localFrom / (double)DayMs);
        var endDay = Math.Max(firstDay, (long)Math.Floor(localTo / (double)DayMs));
        var parameters = new
        {
            Dimension = ReportSql.Dimension(query.Dimension, query.Touch),
            From = from,
            To = to,
            FirstDay = firstDay,
            EndDay = endDay,
            HeadEnd = Math.Min(to, from + EdgeMs),
            TailStart = Math.Max(from, to - EdgeMs),
        };

        // Near a clock change a call just after midnight can still count in the day before, so the ends are checked call by call.
        return (parameters, localFrom % DayMs == 0 && localTo % DayMs == 0 && !clockChange);
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

    private static string Compose(string template, ReportQuery query, string edges)
    {
        var manager = query.Dimension == ReportDimension.Manager;
        return template
            .Replace("{edges}", edges, StringComparison.Ordinal)
            .Replace("{key}", manager ? ReportSql.ManagerKey : "g.Key", StringComparison.Ordinal)
            .Replace("{join}", manager ? "LEFT JOIN managers m ON m.endpoint = g.Key" : "", StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, Dictionary<string, long>>> CountsAsync(
        System.Data.Common.DbConnection connection, string sql, object parameters, CancellationToken cancellationToken)
    {
        var records = await connection.QueryAsync<ReportCountRecord>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return records
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal), StringComparer.Ordinal);
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
