namespace CallTracker.Store.Rows;

/// <summary>A page a visitor opened during a session, in the order they opened them.</summary>
public sealed record SessionPageRow
{
    public long Id { get; init; }
    public required string SessionId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Url { get; init; }
}
