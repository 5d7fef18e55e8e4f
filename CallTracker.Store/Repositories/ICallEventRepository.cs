using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

public interface ICallEventRepository
{
    Task AppendAsync(CallEventRow callEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the event and the webhook events it publishes, with a pending delivery per endpoint, in one transaction:
    /// both are stored or neither is.
    /// </summary>
    Task AppendAsync(CallEventRow callEvent, IReadOnlyList<WebhookEventRow> webhooks, CancellationToken cancellationToken);

    /// <summary>In the order they were appended.</summary>
    Task<IReadOnlyList<CallEventRow>> ListForCallAsync(string callId, CancellationToken cancellationToken);
}
