namespace CallTracker.Store.Rows;

/// <summary>A <c>tracking_number_assignments</c> row as SQLite stores it.</summary>
internal sealed class NumberAssignmentRecord
{
    public long Id { get; init; }
    public string SessionId { get; init; } = "";
    public string Pool { get; init; } = "";
    public string Number { get; init; } = "";
    public long FromAt { get; init; }
    public long ToAt { get; init; }
}
