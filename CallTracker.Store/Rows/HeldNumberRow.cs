namespace CallTracker.Store.Rows;

/// <summary>A pool number still held at some instant, with the visitor holding it: what the allocator reloads at start-up.</summary>
public sealed record HeldNumberRow
{
    public required string Pool { get; init; }
    public required string Number { get; init; }
    public required string Site { get; init; }
    public required string VisitorId { get; init; }
    public required DateTimeOffset ToAt { get; init; }
}
