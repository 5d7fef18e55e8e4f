namespace CallTracker.Store.Rows;

/// <summary><see cref="WebhookEndpointCounts"/> as SQLite answers it.</summary>
internal sealed class WebhookEndpointCountsRecord
{
    public string Endpoint { get; init; } = "";
    public long Pending { get; init; }
    public long Delivered { get; init; }
    public long Failed { get; init; }
    public long? OldestPendingAt { get; init; }
    public long? LastDeliveredAt { get; init; }
}
