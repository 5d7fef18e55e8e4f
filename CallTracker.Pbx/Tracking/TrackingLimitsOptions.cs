namespace CallTracker.Pbx.Tracking;

/// <summary>Bound from "Tracking:Limits": how much the public tracking API gives any one client, site and session.</summary>
public sealed class TrackingLimitsOptions
{
    /// <summary>Session starts one client address may make per minute; more are answered 429. A visitor starts one per visit.</summary>
    public int SessionStartsPerClientPerMinute { get; set; } = 20;

    /// <summary>Session starts one site takes per minute from all clients together; bounds how fast a pool can be drained.</summary>
    public int SessionStartsPerSitePerMinute { get; set; } = 600;

    /// <summary>Pages recorded per session; later pages still keep the number but are not stored.</summary>
    public int MaxPagesPerSession { get; set; } = 100;

    /// <summary>
    /// Behind a reverse proxy every request comes from the proxy: name the header it puts the visitor's address in
    /// (X-Forwarded-For, whose last entry the proxy added, or CF-Connecting-IP). Empty: the connection's address.
    /// </summary>
    public string? ClientAddressHeader { get; set; }
}
