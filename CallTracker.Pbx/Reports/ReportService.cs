using CallTracker.Store.Repositories;

namespace CallTracker.Pbx.Reports;

/// <summary>The reports as the web API and the CLI serve them; the queries themselves are in the Store.</summary>
public sealed class ReportService(ICallReportRepository reports, BusinessCalendar calendar)
{
    public BusinessCalendar Calendar => calendar;

    public ICallReportRepository Queries => reports;

    public async Task<DailySourceChart> DailyBySourceAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (first, last) = request.Days(calendar.Today);
        var (from, to) = calendar.Range(first, last);
        var slots = await reports.CountBySourceAsync(from, to, cancellationToken);
        var days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
        var series = slots
            .GroupBy(s => s.Source, StringComparer.Ordinal)
            .Select(g =>
            {
                var counts = new long[days.Count];
                foreach (var slot in g)
                {
                    counts[calendar.Day(slot.SlotStart).DayNumber - first.DayNumber] += slot.Calls;
                }

                return new DailySourceSeries(g.Key, counts);
            })
            .OrderByDescending(s => s.Calls.Sum())
            .ThenBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
        return new DailySourceChart(days, series);
    }
}
