namespace CallTracker.Pbx.Tracking;

/// <summary>A visit as the snippet reports it, already validated: what the visitor arrived with.</summary>
public sealed record Visit
{
    public required string Site { get; init; }
    public required string VisitorId { get; init; }
    public required Uri LandingUrl { get; init; }
    public string? Referrer { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmCampaign { get; init; }
    public string? UtmContent { get; init; }
    public string? UtmTerm { get; init; }
    public string? Keyword { get; init; }

    /// <summary>desktop, mobile or tablet.</summary>
    public string? Device { get; init; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? Country { get; init; }

    /// <summary>Sent with an Origin in the site's AllowedOrigins, as browsers do; only such visits may hold a pool number.</summary>
    public bool FromAllowedOrigin { get; init; }
}
