namespace CallTracker.Store.Rows;

/// <summary>What one post of a delivery came to: delivered, to be tried again at <see cref="NextAttemptAt"/>, or given up.</summary>
public sealed record WebhookAttempt
{
    public required long DeliveryId { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>See <see cref="WebhookDeliveryStates"/>: Pending means try again.</summary>
    public required string State { get; init; }
    public int? Status { get; init; }
    public string? Error { get; init; }

    /// <summary>For a delivery left Pending.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
}
