using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>The read side of the reports: grouped counts, missed-call drill-down, the call log.</summary>
public interface ICallReportRepository
{
    /// <summary>One line per group, most calls first.</summary>
    Task<IReadOnlyList<ReportGroupRow>> GroupAsync(ReportQuery query, CancellationToken cancellationToken);

    Task<MissedCallReport> MissedAsync(MissedCallQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<CallLogRow>> ListCallsAsync(CallLogQuery query, CancellationToken cancellationToken);

    /// <summary>Calls per source per 15-minute slot, for charts by day in the business's time zone.</summary>
    Task<IReadOnlyList<SourceBucketCount>> CountBySourceAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
