namespace CallTracker.Store.Rows;

/// <summary>A <c>webhook_deliveries</c> row joined with its event, as SQLite stores them.</summary>
internal sealed class WebhookDeliveryRecord
{
    public long Id { get; init; }
    public string EventId { get; init; } = "";
    public string CallId { get; init; } = "";
    public string Type { get; init; } = "";
    public string Endpoint { get; init; } = "";
    public string State { get; init; } = "";
    public long Attempts { get; init; }
    public long CreatedAt { get; init; }
    public long NextAttemptAt { get; init; }
    public long? LastAttemptAt { get; init; }
    public long? LastStatus { get; init; }
    public string? LastError { get; init; }
    public long? FinishedAt { get; init; }
    public string? PayloadJson { get; init; }
}
