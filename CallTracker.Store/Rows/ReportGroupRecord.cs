namespace CallTracker.Store.Rows;

/// <summary>
/// One row of a grouped report as SQLite returns it: the counters of a line and a status (Kind 0), or the tag values
/// of a line and a tag category, the category in <see cref="Status"/> (Kind 1).
/// </summary>
internal sealed class ReportGroupRecord
{
    public string Key { get; init; } = "";
    public long Kind { get; init; }
    public string Status { get; init; } = "";
    public long Calls { get; init; }
    public long UniqueCalls { get; init; }
    public long Target { get; init; }
    public long RepeatCalls { get; init; }
    public long FirstTarget { get; init; }
    public long UniqueTarget { get; init; }
    public long WaitSeconds { get; init; }
    public long TalkSeconds { get; init; }
    public long Value { get; init; }
}
