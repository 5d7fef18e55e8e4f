using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>Reads which session held which pool number when; the writes go with the session they belong to.</summary>
public interface INumberAssignmentRepository
{
    /// <summary>Numbers still held at <paramref name="at"/>, one row per number with its latest holder, soonest released first.</summary>
    Task<IReadOnlyList<HeldNumberRow>> ListHeldAsync(DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The sessions whose hold on <paramref name="number"/> covered <paramref name="at"/>, most recently active first.</summary>
    Task<IReadOnlyList<AttributionCandidateRow>> ListCandidatesAsync(string number, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A session's assignments, oldest first.</summary>
    Task<IReadOnlyList<NumberAssignmentRow>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken);
}
