using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ICallTagRepository
{
    Task AddAsync(CallTagRow tag, CancellationToken cancellationToken);

    /// <summary>In the order they were added.</summary>
    Task<IReadOnlyList<CallTagRow>> ListForCallAsync(string callId, CancellationToken cancellationToken);
}
