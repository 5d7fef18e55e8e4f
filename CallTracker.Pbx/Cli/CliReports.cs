using CallTracker.Pbx.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Pbx.Cli;

/// <summary>The commands that read the store: reports, the call log, and recomputing call types.</summary>
internal static class CliReports
{
    private static readonly HashSet<string> KnownOptions = new(StringComparer.Ordinal)
    {
        "from", "to", "touch", "csv", "excludeOffHours", "excludeOutgoing", "minWait", "manager", "status", "source", "channel", "type", "caller", "limit", "offset",
    };

    public static async Task<int> RunAsync(CliArguments cli, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (cli.OptionNames.FirstOrDefault(n => !KnownOptions.Contains(n)) is { } unknown)
        {
            await error.WriteLineAsync($"calltracker: --{unknown} is not an option.{Environment.NewLine}{CallTrackerCli.Usage}");
            return 2;
        }

        var reports = services.GetRequiredService<ReportService>();
        var request = new ReportRequest(cli.Option);
        ReportTable? table = null;
        switch (cli.Words)
        {
            case ["reclassify"]:
                var count = await services.GetRequiredService<CallTypeClassifier>().ReclassifyAllAsync(cancellationToken);
                await output.WriteLineAsync($"Call types recomputed for {count} call(s).");
                return 0;
            case ["report", "missed"]:
                var missedQuery = request.ToMissedQuery(reports.Calendar);
                if (request.Errors.Count == 0)
                {
                    var missed = await reports.Queries.MissedAsync(missedQuery, cancellationToken);
                    if (!cli.Has("csv"))
                    {
                        await output.WriteLineAsync(TextTable.Write(ReportTable.FromSteps(missed.Steps)));
                    }

                    table = ReportTable.FromCalls(missed.Calls, reports.Calendar);
                }

                break;
            case ["report", var by]:
                var values = new ReportRequest(key => key == "by" ? by : cli.Option(key));
                var query = values.ToReportQuery(reports.Calendar);
                request = values;
                if (request.Errors.Count == 0)
                {
                    table = ReportTable.FromGroups(query.Dimension, await reports.Queries.GroupAsync(query, cancellationToken));
                }

                break;
            case ["calls"]:
                var logQuery = request.ToCallLogQuery(reports.Calendar);
                if (request.Errors.Count == 0)
                {
                    table = ReportTable.FromCalls(await reports.Queries.ListCallsAsync(logQuery, cancellationToken), reports.Calendar);
                }

                break;
            default:
                await error.WriteLineAsync(CallTrackerCli.Usage);
                return 2;
        }

        if (request.Errors.Count > 0 || table is null)
        {
            await error.WriteLineAsync("calltracker: " + string.Join(" ", request.Errors.Distinct()));
            return 2;
        }

        await output.WriteAsync(cli.Has("csv") ? CsvExport.Write(table) : TextTable.Write(table));
        return 0;
    }
}
