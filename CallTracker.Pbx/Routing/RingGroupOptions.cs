namespace CallTracker.Pbx.Routing;

/// <summary>One group of a Priority route: its managers, rung one after another or all at once.</summary>
public sealed class RingGroupOptions
{
    /// <summary>Sequential or Simultaneous.</summary>
    public RingMode Ring { get; set; } = RingMode.Sequential;

    public List<RouteTargetOptions> Targets { get; set; } = [];
}
