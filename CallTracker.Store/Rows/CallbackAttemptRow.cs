namespace CallTracker.Store.Rows;

/// <summary>One try at a callback: the call it placed, and how that call ended.</summary>
public sealed record CallbackAttemptRow
{
    public required string CallbackId { get; init; }

    /// <summary>1 for the first try, 2 for the first retry …</summary>
    public required int Attempt { get; init; }
    public required string CallId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The call's final status; null while it goes on.</summary>
    public string? Status { get; init; }
}
