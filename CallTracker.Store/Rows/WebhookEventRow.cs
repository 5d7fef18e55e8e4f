namespace CallTracker.Store.Rows;

/// <summary>A call moment published as a webhook, with the endpoints that subscribe to its type: one delivery each.</summary>
public sealed record WebhookEventRow
{
    /// <summary>The event's idempotency key: the same on every attempt and every endpoint.</summary>
    public required string Id { get; init; }

    public required string CallId { get; init; }

    /// <summary>call.started, call.forwarded, call.answered, call.ended, call.tagged …</summary>
    public required string Type { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The exact body every attempt posts, so the signature covers the same bytes each time.</summary>
    public required string PayloadJson { get; init; }

    public required IReadOnlyList<string> Endpoints { get; init; }
}
