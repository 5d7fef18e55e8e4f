namespace CallTracker.Store.Rows;

/// <summary>A category (and value) a manager put on a call from the phone's keypad after the conversation.</summary>
public sealed record CallTagRow
{
    public long Id { get; init; }
    public required string CallId { get; init; }
    public required string CategoryCode { get; init; }
    public required string CategoryName { get; init; }
    public required long Value { get; init; }

    /// <summary>The manager skipped the value, so the category's default was taken.</summary>
    public required bool ValueDefaulted { get; init; }

    /// <summary>Endpoint of the manager who tagged, e.g. PJSIP/101.</summary>
    public required string TaggedBy { get; init; }
    public required DateTimeOffset TaggedAt { get; init; }
}
