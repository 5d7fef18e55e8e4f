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
}
