using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>
/// What the journal commits together with a call event: the webhook events it publishes. Called only from the journal's
/// single writer, one event at a time and in order, so an implementation may keep per-call state without locks.
/// </summary>
public interface ICallEventOutbox
{
    /// <summary>The webhook events <paramref name="callEvent"/> publishes; never throws for a store failure, which it logs.</summary>
    /// <param name="row">The call's row as its events so far describe it; null for a call the journal has no record of.</param>
    Task<IReadOnlyList<WebhookEventRow>> CollectAsync(CallEvent callEvent, CallRow? row, CancellationToken cancellationToken);

    /// <summary>The events collected last are stored: their deliveries may start.</summary>
    void Committed();
}
