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

    /// <summary>The phones the route rings, as <see cref="Ring"/> says. May be empty for a route that only runs a voice menu.</summary>
    public List<RouteTargetOptions> Targets { get; set; } = [];

    /// <summary>
    /// Sequential (one after another, in this order), Simultaneous (all at once, the first to answer wins) or Sticky
    /// (Sequential, but the manager who talked to the caller last goes first if free).
    /// </summary>
    public RingMode Ring { get; set; } = RingMode.Sequential;

    /// <summary>For Ring Priority: the groups rung one after another, each until nobody in it answers; Targets stay empty.</summary>
    public List<RingGroupOptions> Groups { get; set; } = [];

    /// <summary>For Ring Weighted: names from Routing:Dealers; Targets stay empty.</summary>
    public List<string> Dealers { get; set; } = [];

    /// <summary>A voice menu from menus.json the caller hears first; its choices pick the route that rings.</summary>
    public string? Menu { get; set; }

    /// <summary>A schedule from Routing:Schedules; outside its hours the schedule's off-hours action applies.</summary>
    public string? Schedule { get; set; }

    /// <summary>What happens when every target was rung and nobody answered.</summary>
    public UnansweredAction WhenUnanswered { get; set; } = UnansweredAction.Hangup;

    /// <summary>Record the conversation (the bridge) to Recordings:AsteriskFolder/calls/yyyy-MM-dd/&lt;call id&gt;.wav.</summary>
    public bool Record { get; set; }

    /// <summary>Announce the call's source to the manager before connecting; null for no whisper.</summary>
    public WhisperOptions? Whisper { get; set; }
}
