namespace CallTracker.Store.Rows;

internal sealed class AttributionCandidateRecord
{
    public string SessionId { get; init; } = "";
    public string Site { get; init; } = "";
    public string VisitorId { get; init; } = "";
    public long LastSeenAt { get; init; }
    public string Source { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? Campaign { get; init; }
}
