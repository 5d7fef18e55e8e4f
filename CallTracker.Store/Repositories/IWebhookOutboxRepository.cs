using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>
/// The webhook outbox: events are added with their call event (<see cref="ICallEventRepository"/>); the delivery
/// worker leases what is due, posts it and records each attempt; the admin API and /health read the state.
/// </summary>
public interface IWebhookOutboxRepository
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> deliveries to <paramref name="endpoint"/> that are due and are the earliest
    /// pending one of their call for it (a call's events reach a receiver in order), so that no other pass takes them
    /// before <paramref name="leaseUntil"/>. With their payloads.
    /// </summary>
    Task<IReadOnlyList<WebhookDeliveryRow>> LeaseDueAsync(string endpoint, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>When the next delivery to one of <paramref name="endpoints"/> that may be posted falls due (a lease's end counts); null when none is pending.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(IReadOnlyCollection<string> endpoints, CancellationToken cancellationToken);

    /// <summary>Gives up, without a post, every pending delivery to an endpoint not in <paramref name="keep"/> (one removed from the settings). Returns how many.</summary>
    Task<int> GiveUpOtherEndpointsAsync(IReadOnlyCollection<string> keep, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Stores how an attempt went and ends the delivery's lease.</summary>
    Task RecordAttemptAsync(WebhookAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Ends the lease of a delivery whose post was cut short by shutdown: the next pass takes it again.</summary>
    Task ReleaseAsync(long deliveryId, CancellationToken cancellationToken);

    /// <summary>At start-up nothing is in flight: ends every lease a stopped process left behind. Returns how many.</summary>
    Task<int> ReleaseAllAsync(CancellationToken cancellationToken);

    Task<WebhookBacklog> GetBacklogAsync(CancellationToken cancellationToken);

    /// <summary>Deliveries per endpoint and state, for every endpoint the outbox holds any for.</summary>
    Task<IReadOnlyList<WebhookEndpointCounts>> CountByEndpointAsync(CancellationToken cancellationToken);

    /// <summary>Newest first, without payloads.</summary>
    Task<IReadOnlyList<WebhookDeliveryRow>> ListAsync(WebhookDeliveryQuery query, CancellationToken cancellationToken);

    /// <summary>One delivery with its payload; null when there is none with that id.</summary>
    Task<WebhookDeliveryRow?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> deliveries delivered or given up before <paramref name="before"/>, and events left with none; returns the deliveries deleted.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken);
}
