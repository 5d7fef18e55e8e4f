using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ICallerTouchRepository
{
    /// <summary>Keeps the caller's first touch and replaces the latest one, unless an older touch arrives late.</summary>
    Task RecordAsync(string callerNumber, CallerTouch touch, CancellationToken cancellationToken);

    Task<CallerTouchesRow?> GetAsync(string callerNumber, CancellationToken cancellationToken);
}
