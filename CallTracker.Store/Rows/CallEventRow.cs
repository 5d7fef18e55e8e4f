namespace CallTracker.Store.Rows;

/// <summary>One entry of a call's append-only history: what happened, when, and its details as JSON.</summary>
public sealed record CallEventRow
{
    public long Id { get; init; }
    public required string CallId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Kind { get; init; }
    public string? DetailJson { get; init; }
}
