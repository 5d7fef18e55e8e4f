namespace CallTracker.Pbx.Routing;

public sealed class RouteTargetOptions
{
    /// <summary>A manager's endpoint from the Managers list, e.g. PJSIP/101.</summary>
    public string Endpoint { get; set; } = "";

    public int RingSeconds { get; set; } = 20;
}
