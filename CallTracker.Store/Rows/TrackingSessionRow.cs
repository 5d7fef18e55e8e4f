namespace CallTracker.Store.Rows;

/// <summary>One web visit on a tracked site: what brought the visitor and the number they are shown. Times are UTC.</summary>
public sealed record TrackingSessionRow
{
    public required string Id { get; init; }
    public required string Site { get; init; }
    public required string VisitorId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset LastSeenAt { get; init; }
    public required string LandingUrl { get; init; }
    public required string CurrentPage { get; init; }
    public string? Referrer { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmCampaign { get; init; }
    public string? UtmContent { get; init; }
    public string? UtmTerm { get; init; }
    public string? Keyword { get; init; }
    public string? Device { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Traffic channel derived at arrival, e.g. paid, organic, referral, direct.</summary>
    public required string Channel { get; init; }

    /// <summary>Traffic source derived at arrival: utm_source, else the referrer's host, else "(direct)".</summary>
    public required string Source { get; init; }

    /// <summary>The number shown now, digits only.</summary>
    public required string Number { get; init; }

    /// <summary>Why that number: Pool, Static, Default or Overflow.</summary>
    public required string NumberKind { get; init; }

    /// <summary>The pool the number came from, or the pool that was exhausted for an Overflow session.</summary>
    public string? Pool { get; init; }
}
