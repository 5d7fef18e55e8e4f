namespace CallTracker.Store.Rows;

/// <summary>A <c>call_attributions</c> row as SQLite stores it.</summary>
internal sealed class CallAttributionRecord
{
    public string CallId { get; init; } = "";
    public string TrackingNumber { get; init; } = "";
    public string Reason { get; init; } = "";
    public string? Site { get; init; }
    public string? SessionId { get; init; }
    public string? VisitorId { get; init; }
    public string? Source { get; init; }
    public string? Channel { get; init; }
    public string? Campaign { get; init; }
    public long Candidates { get; init; }
    public long AttributedAt { get; init; }
}
