namespace CallTracker.Pbx.Routing;

/// <summary>A person who takes calls, and the Asterisk endpoint of their phone.</summary>
public sealed class ManagerOptions
{
    /// <summary>TECH/resource as Asterisk dials it, e.g. PJSIP/101.</summary>
    public string Endpoint { get; set; } = "";

    public string Name { get; set; } = "";
}
