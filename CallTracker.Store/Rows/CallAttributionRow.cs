namespace CallTracker.Store.Rows;

/// <summary>Where a call came from, decided when it arrived, and how sure that is (<see cref="Reason"/>).</summary>
public sealed record CallAttributionRow
{
    public required string CallId { get; init; }

    /// <summary>The dialled number, digits only.</summary>
    public required string TrackingNumber { get; init; }

    /// <summary>Static, Exact, WithinHold, Ambiguous, Overflow or Unknown.</summary>
    public required string Reason { get; init; }
    public string? Site { get; init; }
    public string? SessionId { get; init; }
    public string? VisitorId { get; init; }
    public string? Source { get; init; }
    public string? Channel { get; init; }
    public string? Campaign { get; init; }

    /// <summary>How many sessions held the number when the call arrived.</summary>
    public int Candidates { get; init; }
    public required DateTimeOffset AttributedAt { get; init; }
}
