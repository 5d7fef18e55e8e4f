namespace CallTracker.Store.Rows;

/// <summary>The counters of one report line and one status, as SQLite returns them.</summary>
internal sealed class ReportGroupRecord
{
    public string Key { get; init; } = "";
    public string Status { get; init; } = "";
    public long Calls { get; init; }
    public long UniqueCalls { get; init; }
    public long Target { get; init; }
    public long RepeatCalls { get; init; }
    public long FirstTarget { get; init; }
    public long UniqueTarget { get; init; }
    public long WaitSeconds { get; init; }
    public long TalkSeconds { get; init; }
}
