namespace CallTracker.Store.Rows;

/// <summary>The outbox at a glance: deliveries not taken yet, the oldest of them, and those given up.</summary>
public sealed record WebhookBacklog(long Pending, DateTimeOffset? OldestPendingAt, long Failed);
