namespace CallTracker.Store.Rows;

/// <summary>A session that held a pool number at the moment a call to it arrived.</summary>
public sealed record AttributionCandidateRow
{
    public required string SessionId { get; init; }
    public required string Site { get; init; }
    public required string VisitorId { get; init; }

    /// <summary>The session's last ping: the most recent activity wins when several sessions held the number.</summary>
    public required DateTimeOffset LastSeenAt { get; init; }
    public required string Source { get; init; }
    public required string Channel { get; init; }
    public string? Campaign { get; init; }
}
