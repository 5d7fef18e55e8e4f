using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Tracking;

/// <summary>Finds where an arriving call came from; call handling's one entry into number tracking.</summary>
public interface ICallAttribution
{
    /// <summary>Reads which visit the call matches. Never throws for a store failure: it is logged, and the call goes on unattributed.</summary>
    /// <returns>The attribution to store, or null when it could not be worked out.</returns>
    Task<CallAttributionRow?> DecideAsync(string callId, string trackingNumber, DateTimeOffset arrivedAt, CancellationToken cancellationToken);

    /// <summary>Stores the attribution and the caller's touch, off the call path (the fallback import; the journal writes its own in batches).</summary>
    Task StoreAsync(CallAttributionRow attribution, string callerNumber, CancellationToken cancellationToken);
}
