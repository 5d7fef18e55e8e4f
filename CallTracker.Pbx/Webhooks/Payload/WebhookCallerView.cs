namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>Who calls, and what the store knew about their earlier calls when the call started.</summary>
public sealed record WebhookCallerView
{
    public required string Number { get; init; }
    public string? Name { get; init; }

    /// <summary>The number called before.</summary>
    public bool Returning { get; init; }
    public int EarlierCalls { get; init; }
    public int EarlierAnswered { get; init; }
    public DateTimeOffset? FirstCallAt { get; init; }
    public string? LastCallId { get; init; }
    public DateTimeOffset? LastCallAt { get; init; }
    public string? LastCallStatus { get; init; }
    public string? LastAnsweredBy { get; init; }

    /// <summary>The source that first brought this caller (first-touch), when one is known.</summary>
    public string? FirstSource { get; init; }
    public string? FirstChannel { get; init; }
    public string? FirstCampaign { get; init; }
}
