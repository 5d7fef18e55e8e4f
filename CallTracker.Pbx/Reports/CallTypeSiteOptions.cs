namespace CallTracker.Pbx.Reports;

/// <summary>One site's call-type settings; a value left out takes the section's own.</summary>
public sealed class CallTypeSiteOptions
{
    public int? TargetTalkSeconds { get; set; }

    public int? SalesCycleDays { get; set; }
}
