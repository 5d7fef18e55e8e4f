namespace CallTracker.Pbx.Routing;

/// <summary>One way of handling calls: which managers ring, in which order, for how long.</summary>
public sealed class RouteOptions
{
    public string Name { get; set; } = "";

    /// <summary>
    /// True: answer the caller at once and play music on hold while managers ring (the call is billed from then on).
    /// False: the caller hears ringing until a manager answers.
    /// </summary>
    public bool AnswerCaller { get; set; }

    /// <summary>Music on hold class for AnswerCaller routes.</summary>
    public string MusicOnHoldClass { get; set; } = "default";

    /// <summary>Rung one after another, in this order.</summary>
    public List<RouteTargetOptions> Targets { get; set; } = [];
}
