namespace CallTracker.Store.Rows;

internal sealed class HeldNumberRecord
{
    public string Pool { get; init; } = "";
    public string Number { get; init; } = "";
    public string Site { get; init; } = "";
    public string VisitorId { get; init; } = "";
    public long ToAt { get; init; }
}
