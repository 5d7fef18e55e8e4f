using System.Diagnostics;
using System.Text.Json;
using CallTracker.Pbx.Cli;
using CallTracker.Pbx.Reports;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CallTracker.Benchmarks.ReportBaselineSql;

namespace CallTracker.Benchmarks;

/// <summary>
/// Each report and the drill-down over generated calls, timed in the same run as the plain indexed SQL it stands on:
/// the bare query over the table the report reads (one GROUP BY with a single sum, or SELECT, with no extras); the
/// plain SQL of the same answer over the same tables (every counter and the tag values); and the raw SQL over the
/// calls and their joins that the report stood on before the report tables.
/// </summary>
internal static class ReportBenchmark
{
    private const int Seed = 20250601;
    private const int Runs = 5;


    public static async Task RunAsync(BenchmarkSize size, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "calltracker-report-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), JsonSerializer.Serialize(new
        {
            Store = new { DatabasePath = "data/calltracker.db" },
            Reports = new { TimeZone = "UTC" },
        }), cancellationToken);
        try
        {
            await using var services = await CliServices.BuildAsync(folder, cancellationToken);
            await MeasureAsync(services, size.ReportCalls, cancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(ServiceProvider services, int calls, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<SqliteConnectionFactory>();
        var reports = services.GetRequiredService<ICallReportRepository>();
        var watch = Stopwatch.StartNew();
        await using (var connection = await factory.OpenAsync(cancellationToken))
        {
            await ReportData.GenerateAsync(connection, calls, Seed, cancellationToken);
        }

        var generated = watch.Elapsed;
        watch.Restart();
        await services.GetRequiredService<IReportSummaryRepository>().RebuildAsync(cancellationToken);
        var rebuilt = watch.Elapsed;
        await using (var connection = await factory.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("ANALYZE;", cancellationToken: cancellationToken));
        }

        watch.Restart();
        var classified = await services.GetRequiredService<CallTypeClassifier>().ReclassifyAllAsync(cancellationToken);
        var reclassify = watch.Elapsed;
        var trigger = await TriggerCost.MeasureAsync(services, Math.Clamp(calls / 2_000, 10, 500), cancellationToken);

        var month = (From: new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var year = (From: ReportData.YearStart, To: ReportData.YearStart.AddYears(1));
        var monthCalls = await CountAsync(factory, month, cancellationToken);

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"### Reports: {calls:N0} calls over a year (seed {Seed}); generated in {generated.TotalSeconds:F0} s; report tables rebuilt in {rebuilt.TotalSeconds:F1} s; call types recomputed (with a rebuild) for {classified:N0} calls in {reclassify.TotalSeconds:F1} s"));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Median of {Runs} runs after one warm-up. June holds {monthCalls:N0} calls. {trigger}"));
        Console.WriteLine();
        Console.WriteLine("| Report | Range | Report (ms) | Bare SQL (ms) | Ratio | Same-answer SQL (ms) | Ratio | Raw SQL over the calls, as before (ms) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");

        foreach (var dimension in Enum.GetValues<ReportDimension>())
        {
            await RowAsync($"by {ReportRequest.Name(dimension)}", "June", factory, month,
                ct => reports.GroupAsync(new ReportQuery(month.From, month.To, dimension), ct), (RawDaily(dimension, ReportTouch.Last), SameDaily(dimension, ReportTouch.Last)), BeforeGroup(dimension, ReportTouch.Last), cancellationToken);
        }

        await RowAsync("by source, first touch", "June", factory, month,
            ct => reports.GroupAsync(new ReportQuery(month.From, month.To, ReportDimension.Source, ReportTouch.First), ct),
            (RawDaily(ReportDimension.Source, ReportTouch.First), SameDaily(ReportDimension.Source, ReportTouch.First)), BeforeGroup(ReportDimension.Source, ReportTouch.First), cancellationToken);
        await RowAsync("by source", "year", factory, year,
            ct => reports.GroupAsync(new ReportQuery(year.From, year.To, ReportDimension.Source), ct),
            (RawDaily(ReportDimension.Source, ReportTouch.Last), SameDaily(ReportDimension.Source, ReportTouch.Last)), BeforeGroup(ReportDimension.Source, ReportTouch.Last), cancellationToken);
        await RowAsync("by source, 10:00 to 10:00", "June", factory, (month.From.AddHours(10), month.To.AddHours(10)),
            ct => reports.GroupAsync(new ReportQuery(month.From.AddHours(10), month.To.AddHours(10), ReportDimension.Source), ct),
            (RawDaily(ReportDimension.Source, ReportTouch.Last) + RawEdges, SameDaily(ReportDimension.Source, ReportTouch.Last) + SameEdges), BeforeGroup(ReportDimension.Source, ReportTouch.Last), cancellationToken);
        await RowAsync("missed, all four filters", "June", factory, month,
            ct => reports.MissedAsync(new MissedCallQuery(month.From, month.To) { ExcludeOffHours = true, ExcludeOutgoing = true, MinWaitSeconds = 5, Manager = "PJSIP/101" }, ct),
            (RawMissed, null), BeforeMissed, cancellationToken);
        await RowAsync("call log, source filter, 100 rows", "June", factory, month,
            ct => reports.ListCallsAsync(new CallLogQuery(month.From, month.To) { Source = "google" }, ct),
            ($"SELECT c.* {FromCalls} AND a.source = 'google' ORDER BY c.arrived_at DESC LIMIT 100;", null), null, cancellationToken);
        await RowAsync("calls per day by source", "June", factory, month,
            ct => reports.CountBySourceAsync(month.From, month.To, ct),
            ("SELECT arrived_at / 900000, source, COUNT(*) FROM report_calls WHERE arrived_at >= @From AND arrived_at < @To GROUP BY 1, 2;", null),
            $"SELECT c.arrived_at / 900000, a.source, COUNT(*) {FromCalls} GROUP BY 1, 2;", cancellationToken);
    }

    private static async Task RowAsync<T>(string name, string rangeName, SqliteConnectionFactory factory, (DateTimeOffset From, DateTimeOffset To) range,
        Func<CancellationToken, Task<T>> report, (string Bare, string? Same) rawSql, string? beforeSql, CancellationToken cancellationToken)
    {
        var from = range.From.ToUnixTimeMilliseconds();
        var to = range.To.ToUnixTimeMilliseconds();

        // The benchmark's business time zone is UTC, so its days start at multiples of a day.
        var parameters = new { From = from, To = to, FirstDay = (from + 86_399_999) / 86_400_000, EndDay = to / 86_400_000 };
        var reportMs = await MedianAsync(() => report(cancellationToken), cancellationToken);
        var rawMs = await MedianAsync(() => QueryAsync(factory, rawSql.Bare, parameters, cancellationToken), cancellationToken);
        var sameMs = rawSql.Same is null ? rawMs : await MedianAsync(() => QueryAsync(factory, rawSql.Same, parameters, cancellationToken), cancellationToken);
        var before = beforeSql is null ? "–" : FormattableString.Invariant($"{await MedianAsync(() => QueryAsync(factory, beforeSql, parameters, cancellationToken), cancellationToken):F1}");
        Console.WriteLine(FormattableString.Invariant($"| {name} | {rangeName} | {reportMs:F1} | {rawMs:F1} | {reportMs / rawMs:F2}× | {sameMs:F1} | {reportMs / sameMs:F2}× | {before} |"));
    }

    /// <summary>Opens a connection and reads every value of every result set of <paramref name="sql"/>, as a client of the SQL would.</summary>
    private static async Task<int> QueryAsync(SqliteConnectionFactory factory, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var rows = 0;
        do
        {
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(values);
                rows++;
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        return rows;
    }

    private static async Task<double> MedianAsync<T>(Func<Task<T>> run, CancellationToken cancellationToken)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[Runs / 2];
    }

    private static async Task<long> CountAsync(SqliteConnectionFactory factory, (DateTimeOffset From, DateTimeOffset To) range, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM calls c WHERE {ReportBaselineSql.Range};",
            new { From = range.From.ToUnixTimeMilliseconds(), To = range.To.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }
}
