namespace CallTracker.Store.Rows;

/// <summary>Filters of the call log; a null filter is off. Newest first.</summary>
public sealed record CallLogQuery(DateTimeOffset From, DateTimeOffset To)
{
    public string? Status { get; init; }
    public string? Source { get; init; }
    public string? Channel { get; init; }

    /// <summary>Endpoint of the manager who answered, e.g. PJSIP/101.</summary>
    public string? Manager { get; init; }

    /// <summary>unique, target, repeat, first-target or unique-target.</summary>
    public string? CallType { get; init; }

    /// <summary>Part of the caller's number.</summary>
    public string? Caller { get; init; }

    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}
