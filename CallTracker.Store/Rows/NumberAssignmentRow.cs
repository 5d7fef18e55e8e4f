namespace CallTracker.Store.Rows;

/// <summary>A pool number held by a session from <see cref="FromAt"/> until <see cref="ToAt"/> (last activity plus the hold time).</summary>
public sealed record NumberAssignmentRow
{
    /// <summary>Given by the store; ignored on insert.</summary>
    public long Id { get; init; }
    public required string SessionId { get; init; }
    public required string Pool { get; init; }

    /// <summary>Digits only.</summary>
    public required string Number { get; init; }
    public required DateTimeOffset FromAt { get; init; }
    public required DateTimeOffset ToAt { get; init; }
}
