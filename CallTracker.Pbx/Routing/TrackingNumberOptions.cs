namespace CallTracker.Pbx.Routing;

/// <summary>A number callers dial (the DID the trunk delivers) and the route its calls take.</summary>
public sealed class TrackingNumberOptions
{
    public string Number { get; set; } = "";

    public string Route { get; set; } = "";
}
