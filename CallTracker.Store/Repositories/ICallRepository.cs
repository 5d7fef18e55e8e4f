using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ICallRepository
{
    /// <summary>Writes a call as it arrives, so a crash mid-call still leaves a trace.</summary>
    Task InsertAsync(CallRow row, CancellationToken cancellationToken);

    /// <summary>Overwrites the mutable fields (answered/ended times, durations, status, answered by) of an existing call.</summary>
    Task UpdateAsync(CallRow row, CancellationToken cancellationToken);

    Task<CallRow?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The newest call of the trunk channel with this ARI id, or null.</summary>
    Task<CallRow?> FindByChannelIdAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<CallRow>> ListRecentAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Calls still InProgress (left behind by a crash or a lost ARI connection).</summary>
    Task<IReadOnlyList<CallRow>> ListInProgressAsync(CancellationToken cancellationToken);

    /// <summary>
    /// For each caller number with an inbound call answered at or after <paramref name="since"/>: the latest such call's
    /// answering endpoint and answer time.
    /// </summary>
    Task<IReadOnlyList<LastAnswerRow>> ListLastAnswersAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
