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
        var from = query.From.ToUnixTimeMilliseconds();
        var to = query.To.ToUnixTimeMilliseconds();
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var (firstDay, endDay, withEnds) = await connection.QuerySingleAsync<(long, long, bool)>(
            new CommandDefinition(ReportGroupSql.Span, new { From = from, To = to }, cancellationToken: cancellationToken));
        var parameters = new { Dimension = ReportSql.Dimension(query.Dimension, query.Touch), From = from, To = to, FirstDay = firstDay, EndDay = endDay };
        var records = await connection.QueryAsync<ReportGroupRecord>(new CommandDefinition(
            ReportGroupSql.For(query.Dimension, query.Touch, withEnds), parameters, cancellationToken: cancellationToken));
        return ReportLines.Fold(records);
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
