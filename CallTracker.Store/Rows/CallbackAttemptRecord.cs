namespace CallTracker.Store.Rows;

/// <summary>A <c>callback_attempts</c> row as SQLite stores it.</summary>
internal sealed class CallbackAttemptRecord
{
    public string CallbackId { get; init; } = "";
    public long Attempt { get; init; }
    public string CallId { get; init; } = "";
    public long StartedAt { get; init; }
    public long? EndedAt { get; init; }
    public string? Status { get; init; }
}
