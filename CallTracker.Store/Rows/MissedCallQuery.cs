namespace CallTracker.Store.Rows;

/// <summary>
/// Calls nobody answered, from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), narrowed by filters
/// that each switch on independently and apply in the order listed.
/// </summary>
public sealed record MissedCallQuery(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Leave out calls that came outside business hours: nobody was there to answer.</summary>
    public bool ExcludeOffHours { get; init; }

    /// <summary>Leave out unanswered calls a manager placed.</summary>
    public bool ExcludeOutgoing { get; init; }

    /// <summary>Leave out callers who waited less than this many seconds (they hung up in the greeting).</summary>
    public int? MinWaitSeconds { get; init; }

    /// <summary>Only calls on which this manager's phone (endpoint, e.g. PJSIP/101) rang.</summary>
    public string? Manager { get; init; }

    public int Limit { get; init; } = 500;
}
