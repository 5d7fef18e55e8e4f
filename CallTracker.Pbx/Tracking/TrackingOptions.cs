namespace CallTracker.Pbx.Tracking;

/// <summary>
/// Bound from the "Tracking" section of tracking.json, the file admins edit to say where each number's calls come
/// from. Which route those calls take stays in routing.json.
/// </summary>
public sealed class TrackingOptions
{
    public const string SectionName = "Tracking";

    /// <summary>How long a pool number stays with a session after its last ping: people call after closing the tab.</summary>
    public int HoldMinutes { get; set; } = 30;

    /// <summary>How often an open page pings to keep its number.</summary>
    public int PingSeconds { get; set; } = 30;

    /// <summary>A request header a reverse proxy or CDN fills with the visitor's country (e.g. CF-IPCountry); used when the page sends none.</summary>
    public string? CountryHeader { get; set; }

    /// <summary>Numbers bound to one source each: a billboard, a radio spot, Google organic.</summary>
    public List<StaticNumberOptions> StaticNumbers { get; set; } = [];

    public List<TrackingSiteOptions> Sites { get; set; } = [];

    public TrackingLimitsOptions Limits { get; set; } = new();
}
