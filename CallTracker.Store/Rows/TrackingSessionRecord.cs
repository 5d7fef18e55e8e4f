namespace CallTracker.Store.Rows;

/// <summary>A <c>tracking_sessions</c> row exactly as SQLite stores it: times as unix milliseconds, UTC.</summary>
internal sealed class TrackingSessionRecord
{
    public string Id { get; init; } = "";
    public string Site { get; init; } = "";
    public string VisitorId { get; init; } = "";
    public long StartedAt { get; init; }
    public long LastSeenAt { get; init; }
    public string LandingUrl { get; init; } = "";
    public string CurrentPage { get; init; } = "";
    public string? Referrer { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmCampaign { get; init; }
    public string? UtmContent { get; init; }
    public string? UtmTerm { get; init; }
    public string? Keyword { get; init; }
    public string? Device { get; init; }
    public string? Country { get; init; }
    public string Channel { get; init; } = "";
    public string Source { get; init; } = "";
    public string Number { get; init; } = "";
    public string NumberKind { get; init; } = "";
    public string? Pool { get; init; }
}
