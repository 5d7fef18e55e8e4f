using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>Callbacks and their attempts, kept so a restart carries on with every callback not yet done.</summary>
public interface ICallbackRepository
{
    Task InsertAsync(CallbackRow callback, CancellationToken cancellationToken);

    Task<CallbackRow?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The callback's attempts, first to last.</summary>
    Task<IReadOnlyList<CallbackAttemptRow>> ListAttemptsAsync(string callbackId, CancellationToken cancellationToken);

    /// <summary>Callbacks in <paramref name="state"/>, oldest request first.</summary>
    Task<IReadOnlyList<CallbackRow>> ListInStateAsync(string state, CancellationToken cancellationToken);

    /// <summary>Pending callbacks whose next attempt is due at <paramref name="now"/>, the longest overdue first.</summary>
    Task<IReadOnlyList<CallbackRow>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>When the next Pending callback is due; null when none is pending.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);

    /// <summary>Writes the callback's new state and its attempt (started, or ended) together.</summary>
    Task SaveAttemptAsync(CallbackRow callback, CallbackAttemptRow attempt, CancellationToken cancellationToken);
}
