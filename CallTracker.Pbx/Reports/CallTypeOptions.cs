namespace CallTracker.Pbx.Reports;

/// <summary>Bound from the "CallTypes" section of tracking.json: what counts as a target call, per site.</summary>
public sealed class CallTypeOptions
{
    public const string SectionName = "CallTypes";

    /// <summary>An answered call with at least this much talk is a target call.</summary>
    public int TargetTalkSeconds { get; set; } = 60;

    /// <summary>A target call from a number that had one within this many days is a repeat call.</summary>
    public int SalesCycleDays { get; set; } = 30;

    /// <summary>Per tracking site (Tracking:Sites names), overriding the two values above for that site's calls.</summary>
    public Dictionary<string, CallTypeSiteOptions> Sites { get; set; } = new(StringComparer.Ordinal);
}
