namespace CallTracker.Pbx.Routing;

/// <summary>Bound from the "Routing" section of routing.json, the file admins edit to say who takes which calls.</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    /// <summary>Where calls to a number not listed in <see cref="TrackingNumbers"/> go.</summary>
    public string DefaultRoute { get; set; } = "";

    public List<ManagerOptions> Managers { get; set; } = [];

    public List<RouteOptions> Routes { get; set; } = [];

    public List<TrackingNumberOptions> TrackingNumbers { get; set; } = [];

    public List<ScheduleOptions> Schedules { get; set; } = [];

    /// <summary>Groups of phones that Weighted routes share calls between.</summary>
    public List<DealerOptions> Dealers { get; set; } = [];

    /// <summary>How an extension dialled in a voice menu becomes an endpoint: {0} is the digits, e.g. PJSIP/{0}.</summary>
    public string ExtensionEndpoint { get; set; } = "PJSIP/{0}";

    public int ExtensionRingSeconds { get; set; } = 20;

    /// <summary>
    /// How far back a Sticky route looks for the manager who talked to a caller last. Read at start-up: the service
    /// loads that much history into memory, so a change needs a restart.
    /// </summary>
    public int StickyDays { get; set; } = 90;
}
