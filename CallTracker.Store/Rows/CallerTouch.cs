namespace CallTracker.Store.Rows;

/// <summary>One call's known source, as a touch in the caller's history.</summary>
public sealed record CallerTouch
{
    public required string CallId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Source { get; init; }
    public required string Channel { get; init; }
    public string? Campaign { get; init; }
    public string? SessionId { get; init; }
}
