namespace CallTracker.Store.Rows;

/// <summary>
/// A keep-alive from an open page: the session's last activity, its current page, and the number it shows now
/// (which changes when its pool number had been released, or a number freed up for an overflow session).
/// </summary>
public sealed record SessionPing
{
    public required string SessionId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Page { get; init; }
    public required string Number { get; init; }
    public required string NumberKind { get; init; }
    public string? Pool { get; init; }

    /// <summary>For a pool number: until when the session holds it; its assignment is extended to then, or opened from <see cref="At"/>.</summary>
    public DateTimeOffset? HeldUntil { get; init; }

    /// <summary>Pages a session may record; one session used to be able to add page rows without end.</summary>
    public int MaxPages { get; init; } = int.MaxValue;
}
