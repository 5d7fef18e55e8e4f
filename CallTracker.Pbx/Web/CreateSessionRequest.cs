namespace CallTracker.Pbx.Web;

/// <summary>The body of POST /api/tracking/sites/{site}/sessions, as the snippet sends it; nothing here is trusted yet.</summary>
public sealed class CreateSessionRequest
{
    /// <summary>The id the browser keeps for this visitor; a new one is issued when absent.</summary>
    public string? VisitorId { get; set; }

    public string? LandingUrl { get; set; }

    public string? Referrer { get; set; }

    public string? UtmSource { get; set; }

    public string? UtmMedium { get; set; }

    public string? UtmCampaign { get; set; }

    public string? UtmContent { get; set; }

    public string? UtmTerm { get; set; }

    public string? Keyword { get; set; }

    public string? Device { get; set; }

    public string? Country { get; set; }
}
