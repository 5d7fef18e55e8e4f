namespace CallTracker.Store.Rows;

/// <summary>A <c>call_events</c> row exactly as SQLite stores it: the time as unix milliseconds, UTC.</summary>
internal sealed class CallEventRecord
{
    public long Id { get; init; }
    public string CallId { get; init; } = "";
    public long At { get; init; }
    public string Kind { get; init; } = "";
    public string? DetailJson { get; init; }
}
