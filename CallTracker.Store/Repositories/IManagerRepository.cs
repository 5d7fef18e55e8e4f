using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface IManagerRepository
{
    /// <summary>Inserts the manager or renames the one with the same endpoint.</summary>
    Task UpsertAsync(ManagerRow manager, CancellationToken cancellationToken);

    Task<IReadOnlyList<ManagerRow>> ListAsync(CancellationToken cancellationToken);
}
