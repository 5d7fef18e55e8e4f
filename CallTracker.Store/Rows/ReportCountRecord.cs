namespace CallTracker.Store.Rows;

/// <summary>A count (or sum) of one name (a status, a tag category, a source) within one report line.</summary>
internal sealed class ReportCountRecord
{
    public string Key { get; init; } = "";
    public string Name { get; init; } = "";
    public long Value { get; init; }
}
