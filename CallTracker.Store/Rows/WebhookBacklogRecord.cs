namespace CallTracker.Store.Rows;

/// <summary><see cref="WebhookBacklog"/> as SQLite answers it.</summary>
internal sealed class WebhookBacklogRecord
{
    public long Pending { get; init; }
    public long? OldestPendingAt { get; init; }
    public long Failed { get; init; }
}
