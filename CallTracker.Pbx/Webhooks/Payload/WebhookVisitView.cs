namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>The web visit behind the call: how it arrived (UTM, keyword, referrer, landing page) and the number it was shown.</summary>
public sealed record WebhookVisitView
{
    public required DateTimeOffset StartedAt { get; init; }
    public required string LandingPage { get; init; }
    public required string CurrentPage { get; init; }
    public string? Referrer { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmCampaign { get; init; }
    public string? UtmContent { get; init; }
    public string? UtmTerm { get; init; }
    public string? Keyword { get; init; }
    public string? Device { get; init; }
    public string? Country { get; init; }

    /// <summary>Pool, Static, Default or Overflow.</summary>
    public required string NumberKind { get; init; }
    public string? Pool { get; init; }
}
