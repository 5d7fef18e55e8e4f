using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>Works out call types from the caller's history in the store.</summary>
public interface ICallTypeRepository
{
    /// <summary>Classifies one finished call. <paramref name="rules"/> holds one rule per site and one with a null site for every other call.</summary>
    Task ClassifyAsync(string callId, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken);

    /// <summary>Classifies finished calls in one transaction, in the order given (the order they ended).</summary>
    Task ClassifyAsync(IReadOnlyList<string> callIds, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken);

    /// <summary>Classifies every finished call again, after the rules changed; returns how many calls were classified.</summary>
    Task<int> ReclassifyAllAsync(IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken);

    /// <summary>
    /// The types the call gets once it is stored as <paramref name="row"/> (a finished call), without storing anything:
    /// what call.ended tells before the journal stores the row. Null when the store has no such call.
    /// </summary>
    Task<CallTypes?> PreviewAsync(CallRow row, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken);

    /// <summary>Null while the call is in progress or unknown.</summary>
    Task<CallTypes?> GetAsync(string callId, CancellationToken cancellationToken);
}
