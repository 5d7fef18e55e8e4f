namespace CallTracker.Store.Rows;

/// <summary>A <c>callbacks</c> row as SQLite stores it.</summary>
internal sealed class CallbackRecord
{
    public string Id { get; init; } = "";
    public string Site { get; init; } = "";
    public string Phone { get; init; } = "";
    public string? SessionId { get; init; }
    public string Route { get; init; } = "";
    public string State { get; init; } = "";
    public string? Status { get; init; }
    public long Attempts { get; init; }
    public long RequestedAt { get; init; }
    public long? NextAttemptAt { get; init; }
    public long UpdatedAt { get; init; }
}
