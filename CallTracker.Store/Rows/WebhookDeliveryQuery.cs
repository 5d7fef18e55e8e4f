namespace CallTracker.Store.Rows;

/// <summary>Which deliveries the admin API lists, newest first; a null filter matches all.</summary>
public sealed record WebhookDeliveryQuery
{
    public string? State { get; init; }
    public string? Endpoint { get; init; }
    public string? CallId { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}
