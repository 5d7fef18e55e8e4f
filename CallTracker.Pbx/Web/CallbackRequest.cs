namespace CallTracker.Pbx.Web;

/// <summary>The body of POST /api/callbacks, as a site's page sends it; nothing here is trusted yet.</summary>
public sealed class CallbackRequest
{
    /// <summary>The site's name in tracking.json (the snippet's data-site).</summary>
    public string? Site { get; set; }

    /// <summary>The number to call back, as the visitor typed it.</summary>
    public string? Phone { get; set; }

    /// <summary>The tracking session of the visit, so the call is attributed to its source.</summary>
    public string? SessionId { get; set; }

    /// <summary>A route of routing.json; the route of the site's number when absent.</summary>
    public string? Route { get; set; }
}
