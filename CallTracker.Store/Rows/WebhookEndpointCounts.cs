namespace CallTracker.Store.Rows;

/// <summary>One endpoint's deliveries by state, as the outbox holds them now (finished ones until they are purged).</summary>
public sealed record WebhookEndpointCounts
{
    public required string Endpoint { get; init; }
    public long Pending { get; init; }
    public long Delivered { get; init; }
    public long Failed { get; init; }
    public DateTimeOffset? OldestPendingAt { get; init; }
    public DateTimeOffset? LastDeliveredAt { get; init; }
}
