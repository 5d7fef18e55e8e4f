namespace CallTracker.Store.Rows;

/// <summary>One line of a report: the calls of one source (or channel, manager …) with their outcomes.</summary>
public sealed record ReportGroupRow
{
    public required string Key { get; init; }
    public long Calls { get; init; }
    public long Answered { get; init; }
    public long NotAnswered { get; init; }
    public long Unique { get; init; }
    public long Target { get; init; }
    public long Repeat { get; init; }
    public long FirstTarget { get; init; }
    public long UniqueTarget { get; init; }
    public double AverageWaitSeconds { get; init; }

    /// <summary>Over answered calls only.</summary>
    public double AverageTalkSeconds { get; init; }
    public long TotalTalkSeconds { get; init; }

    /// <summary>Calls per final status (Answered, Missed …).</summary>
    public IReadOnlyDictionary<string, long> Statuses { get; init; } = new Dictionary<string, long>();

    /// <summary>Tag values summed per tag category name.</summary>
    public IReadOnlyDictionary<string, long> TagValues { get; init; } = new Dictionary<string, long>();
}
