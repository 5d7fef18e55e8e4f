using System.Globalization;
using System.Text;
using CallTracker.Store.Rows;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteCallReportRepository
{
    /// <summary>
    /// Nobody took the call (a fallback call a manager answered while the service was down was taken); one still going
    /// on is not missed yet. report_calls.missed says so, and its partial index holds every column the filters read.
    /// </summary>
    private const string Missed = "r.missed = 1 AND r.arrived_at >= @From AND r.arrived_at < @To";

    // The managers a call rang are kept on its report row, so the filter outlives the purge of the ringing events.
    private const string RangManager = "instr(r.rang, ',' || @Manager || ',') > 0";

    public async Task<MissedCallReport> MissedAsync(MissedCallQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = Filters(query);

        // Each step counts the calls passing its filter and every filter before it, all in one scan.
        var counts = new StringBuilder("SELECT COUNT(*) AS s0");
        for (var i = 0; i < filters.Count; i++)
        {
            counts.Append(CultureInfo.InvariantCulture, $", COALESCE(SUM({string.Join(" AND ", filters.Take(i + 1).Select(f => f.Sql))}), 0) AS s{i + 1}");
        }

        counts.Append(CultureInfo.InvariantCulture, $" FROM report_calls r WHERE {Missed};");
        var list = $"""
            {LogColumns}
            WHERE c.id IN (SELECT r.call_id FROM report_calls r WHERE {Missed}{string.Concat(filters.Select(f => " AND " + f.Sql))}
                           ORDER BY r.arrived_at DESC, r.call_id DESC LIMIT @Limit)
            ORDER BY c.arrived_at DESC, c.id DESC;
            """;
        var parameters = new
        {
            From = query.From.ToUnixTimeMilliseconds(),
            To = query.To.ToUnixTimeMilliseconds(),
            MinWait = query.MinWaitSeconds,
            query.Manager,
            query.Limit,
        };

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = (IDictionary<string, object>)await connection.QuerySingleAsync(new CommandDefinition(counts.ToString(), parameters, cancellationToken: cancellationToken));
        var steps = new List<MissedCallStep> { new("all missed", Convert.ToInt64(row["s0"], CultureInfo.InvariantCulture)) };
        steps.AddRange(filters.Select((f, i) => new MissedCallStep(f.Name, Convert.ToInt64(row[$"s{i + 1}"], CultureInfo.InvariantCulture))));
        var calls = await connection.QueryAsync<CallLogRecord>(new CommandDefinition(list, parameters, cancellationToken: cancellationToken));
        return new MissedCallReport(steps, calls.Select(r => r.ToRow()).ToList());
    }

    private static List<(string Name, string Sql)> Filters(MissedCallQuery query)
    {
        var filters = new List<(string Name, string Sql)>();
        if (query.ExcludeOffHours)
        {
            filters.Add(("exclude off-hours", "r.off_hours = 0"));
        }

        if (query.ExcludeOutgoing)
        {
            filters.Add(("exclude outgoing", "r.direction <> 'Outbound'"));
        }

        if (query.MinWaitSeconds is { } minWait)
        {
            filters.Add((string.Create(CultureInfo.InvariantCulture, $"exclude waits under {minWait} s"), "r.wait_seconds >= @MinWait"));
        }

        if (query.Manager is { } manager)
        {
            filters.Add(($"rang {manager}", RangManager));
        }

        return filters;
    }
}
