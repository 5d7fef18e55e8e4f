namespace CallTracker.Pbx.Routing;

/// <summary>A dealer: phones from Routing:Managers rung all at once, with its share of a Weighted route's calls.</summary>
public sealed class DealerOptions
{
    public string Name { get; set; } = "";

    /// <summary>Endpoints from Routing:Managers, e.g. PJSIP/201; a weighted manager is a dealer with one.</summary>
    public List<string> Endpoints { get; set; } = [];

    /// <summary>Its share of first choices: weights 3 and 1 give it three calls in four.</summary>
    public int Weight { get; set; } = 1;

    /// <summary>A schedule from Routing:Schedules; outside its hours the dealer is passed over. Null: always open.</summary>
    public string? Schedule { get; set; }

    /// <summary>Most calls ringing or talking at its phones at once; a dealer at the cap is passed over. Null: no cap.</summary>
    public int? MaxCalls { get; set; }

    public int RingSeconds { get; set; } = 20;
}
