using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>The pre-aggregated report tables: which days they count in, and rebuilding them from the calls.</summary>
public interface IReportSummaryRepository
{
    /// <summary>
    /// Counts report days in <paramref name="timeZone"/> from now on; when that differs from the zone or offsets the
    /// store counts in, every call is put back in its day of the new zone.
    /// </summary>
    /// <param name="changes">The zone's UTC offsets, in time order; none for UTC.</param>
    /// <returns>Whether the tables were rebuilt.</returns>
    Task<bool> UseTimeZoneAsync(string timeZone, IReadOnlyList<UtcOffsetChange> changes, CancellationToken cancellationToken);

    /// <summary>Recomputes the report tables from the calls, for data written with the triggers silenced (a bulk import).</summary>
    Task RebuildAsync(CancellationToken cancellationToken);
}
