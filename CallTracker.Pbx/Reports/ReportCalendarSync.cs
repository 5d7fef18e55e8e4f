using CallTracker.Store.Repositories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Reports;

/// <summary>
/// At start-up, makes the store count report days in Reports:TimeZone, so whole days of a report read its daily
/// totals. After a change of zone (or of the zone's rules) every call is put back in its new day once.
/// </summary>
public sealed partial class ReportCalendarSync(IReportSummaryRepository summary, BusinessCalendar calendar, ILogger<ReportCalendarSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await summary.UseTimeZoneAsync(calendar.Zone.Id, UtcOffsetTable.For(calendar.Zone), cancellationToken))
        {
            LogRebuilt(logger, calendar.Zone.Id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Report totals rebuilt for days in time zone {TimeZone}")]
    private static partial void LogRebuilt(ILogger logger, string timeZone);
}
