namespace CallTracker.Store.Rows;

/// <summary>A callback a site's visitor asked for, and how far it got. Times are UTC.</summary>
public sealed record CallbackRow
{
    public required string Id { get; init; }
    public required string Site { get; init; }

    /// <summary>The client's number, digits only.</summary>
    public required string Phone { get; init; }

    /// <summary>The tracking session the request came from, as the page sent it; checked when the call is attributed.</summary>
    public string? SessionId { get; init; }
    public required string Route { get; init; }

    /// <summary>Pending, Calling, Connected or Failed.</summary>
    public required string State { get; init; }

    /// <summary>The last attempt's call status; null until an attempt has ended.</summary>
    public string? Status { get; init; }

    /// <summary>Attempts started so far.</summary>
    public int Attempts { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>When a Pending callback is next tried.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
