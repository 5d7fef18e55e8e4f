using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ICallEventRepository
{
    Task AppendAsync(CallEventRow callEvent, CancellationToken cancellationToken);

    /// <summary>In the order they were appended.</summary>
    Task<IReadOnlyList<CallEventRow>> ListForCallAsync(string callId, CancellationToken cancellationToken);
}
