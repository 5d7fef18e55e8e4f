namespace CallTracker.Store.Rows;

/// <summary><see cref="CallerHistory"/> as SQLite answers it.</summary>
internal sealed class CallerHistoryRecord
{
    public long EarlierCalls { get; init; }
    public long EarlierAnswered { get; init; }
    public long? FirstCallAt { get; init; }
    public string? LastCallId { get; init; }
    public long? LastCallAt { get; init; }
    public string? LastStatus { get; init; }
    public string? LastAnsweredBy { get; init; }
}
