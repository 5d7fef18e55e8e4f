namespace CallTracker.Store.Rows;

/// <summary>One event's delivery to one endpoint, and how it went so far. Times are UTC.</summary>
public sealed record WebhookDeliveryRow
{
    public required long Id { get; init; }
    public required string EventId { get; init; }
    public required string CallId { get; init; }
    public required string Type { get; init; }
    public required string Endpoint { get; init; }

    /// <summary>See <see cref="WebhookDeliveryStates"/>.</summary>
    public required string State { get; init; }
    public int Attempts { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a pending delivery is tried next.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>The receiver's HTTP status on the last attempt; null when it gave none (refused, timed out).</summary>
    public int? LastStatus { get; init; }
    public string? LastError { get; init; }

    /// <summary>When it was delivered or given up.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The body posted; filled only where asked for.</summary>
    public string? PayloadJson { get; init; }
}
