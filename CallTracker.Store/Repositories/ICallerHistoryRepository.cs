using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>A caller's earlier calls, as a webhook's call.started tells them.</summary>
public interface ICallerHistoryRepository
{
    /// <summary>The calls from <paramref name="callerNumber"/> that arrived before the call <paramref name="callId"/>; <see cref="CallerHistory.None"/> for a withheld number.</summary>
    Task<CallerHistory> GetEarlierAsync(string callerNumber, string callId, DateTimeOffset arrivedAt, CancellationToken cancellationToken);
}
