namespace CallTracker.Store.Rows;

/// <summary>A report line's counters as SQLite returns them.</summary>
internal sealed class ReportGroupRecord
{
    public string Key { get; init; } = "";
    public long Calls { get; init; }
    public long Answered { get; init; }
    public long UniqueCalls { get; init; }
    public long Target { get; init; }
    public long RepeatCalls { get; init; }
    public long FirstTarget { get; init; }
    public long UniqueTarget { get; init; }
    public double AverageWaitSeconds { get; init; }
    public double? AverageTalkSeconds { get; init; }
    public long TotalTalkSeconds { get; init; }
}
