using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ICallAttributionRepository
{
    /// <summary>Stores a call's attribution; a call is attributed once, so a second insert for the same call fails.</summary>
    Task InsertAsync(CallAttributionRow attribution, CancellationToken cancellationToken);

    Task<CallAttributionRow?> GetAsync(string callId, CancellationToken cancellationToken);
}
