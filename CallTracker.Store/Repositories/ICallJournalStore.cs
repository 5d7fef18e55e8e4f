using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>Stores the moments of calls as the journal hands them over, many at a time.</summary>
public interface ICallJournalStore
{
    /// <summary>
    /// Writes the entries in one transaction: all of them or, on an error, none. Entries are written kind by kind
    /// (new calls, attributions, touches, events with their webhooks, tags, ended calls), each kind in the order given.
    /// </summary>
    Task WriteAsync(IReadOnlyList<CallJournalEntry> entries, CancellationToken cancellationToken);
}
