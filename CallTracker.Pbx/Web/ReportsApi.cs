using CallTracker.Pbx.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallTracker.Pbx.Web;

/// <summary>Reports as JSON and CSV, the call log, and recomputing call types. All behind admin sign-in.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reports/calls", (HttpRequest r, ReportService s, CancellationToken ct) => GroupAsync(r, s, csv: false, ct));
        endpoints.MapGet("/api/reports/calls.csv", (HttpRequest r, ReportService s, CancellationToken ct) => GroupAsync(r, s, csv: true, ct));
        endpoints.MapGet("/api/reports/missed", (HttpRequest r, ReportService s, CancellationToken ct) => MissedAsync(r, s, csv: false, ct));
        endpoints.MapGet("/api/reports/missed.csv", (HttpRequest r, ReportService s, CancellationToken ct) => MissedAsync(r, s, csv: true, ct));
        endpoints.MapGet("/api/reports/log", (HttpRequest r, ReportService s, CancellationToken ct) => LogAsync(r, s, csv: false, ct));
        endpoints.MapGet("/api/reports/log.csv", (HttpRequest r, ReportService s, CancellationToken ct) => LogAsync(r, s, csv: true, ct));
        endpoints.MapGet("/api/reports/daily-by-source", DailyAsync);
        endpoints.MapPost("/api/call-types/recompute", async (CallTypeClassifier classifier, CancellationToken ct) =>
            Results.Json(new { classified = await classifier.ReclassifyAllAsync(ct) }));
        return endpoints;
    }

    private static async Task<IResult> GroupAsync(HttpRequest http, ReportService reports, bool csv, CancellationToken cancellationToken)
    {
        var request = Read(http);
        var query = request.ToReportQuery(reports.Calendar);
        if (request.Errors.Count > 0)
        {
            return Invalid(request);
        }

        var rows = await reports.Queries.GroupAsync(query, cancellationToken);
        return csv
            ? Csv(ReportTable.FromGroups(query.Dimension, rows), $"calls-by-{ReportRequest.Name(query.Dimension)}.csv")
            : Results.Json(new { by = ReportRequest.Name(query.Dimension), touch = query.Touch.ToString().ToLowerInvariant(), from = query.From, to = query.To, rows });
    }

    private static async Task<IResult> MissedAsync(HttpRequest http, ReportService reports, bool csv, CancellationToken cancellationToken)
    {
        var request = Read(http);
        var query = request.ToMissedQuery(reports.Calendar);
        if (request.Errors.Count > 0)
        {
            return Invalid(request);
        }

        var report = await reports.Queries.MissedAsync(query, cancellationToken);
        return csv ? Csv(ReportTable.FromCalls(report.Calls, reports.Calendar), "missed-calls.csv") : Results.Json(report);
    }

    private static async Task<IResult> LogAsync(HttpRequest http, ReportService reports, bool csv, CancellationToken cancellationToken)
    {
        var request = Read(http);
        var query = request.ToCallLogQuery(reports.Calendar);
        if (request.Errors.Count > 0)
        {
            return Invalid(request);
        }

        var calls = await reports.Queries.ListCallsAsync(query, cancellationToken);
        return csv ? Csv(ReportTable.FromCalls(calls, reports.Calendar), "calls.csv") : Results.Json(new { calls });
    }

    private static async Task<IResult> DailyAsync(HttpRequest http, ReportService reports, CancellationToken cancellationToken)
    {
        var request = Read(http);
        request.Days(reports.Calendar.Today);
        if (request.Errors.Count > 0)
        {
            return Invalid(request);
        }

        return Results.Json(await reports.DailyBySourceAsync(request, cancellationToken));
    }

    private static ReportRequest Read(HttpRequest http) =>
        new(key => http.Query.TryGetValue(key, out var values) ? values.ToString() : null);

    private static IResult Invalid(ReportRequest request) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid report request", detail: string.Join(" ", request.Errors.Distinct()));

    private static IResult Csv(ReportTable table, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(CsvExport.Write(table)), "text/csv; charset=utf-8", fileName);
}
