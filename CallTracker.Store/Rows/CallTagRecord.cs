namespace CallTracker.Store.Rows;

/// <summary>A <c>call_tags</c> row as SQLite stores it.</summary>
internal sealed class CallTagRecord
{
    public long Id { get; init; }
    public string CallId { get; init; } = "";
    public string CategoryCode { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public long Value { get; init; }
    public long ValueDefaulted { get; init; }
    public string TaggedBy { get; init; } = "";
    public long TaggedAt { get; init; }
}
