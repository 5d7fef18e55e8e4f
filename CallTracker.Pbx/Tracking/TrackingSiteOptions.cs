namespace CallTracker.Pbx.Tracking;

/// <summary>A website carrying the tracking snippet.</summary>
public sealed class TrackingSiteOptions
{
    /// <summary>The snippet's data-site value: letters, digits, '-' and '_'.</summary>
    public string Name { get; set; } = "";

    /// <summary>Origins whose pages may call the tracking API, e.g. https://shop.example.com (scheme, host and port only).</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The number printed on the site's pages; the snippet replaces it, and it is shown when no rule applies.</summary>
    public string DefaultNumber { get; set; } = "";

    /// <summary>Shown instead of a pool number when the pool is exhausted; the default number when empty.</summary>
    public string? OverflowNumber { get; set; }

    public List<NumberPoolOptions> Pools { get; set; } = [];

    /// <summary>Which visits see which number; the first rule that matches wins, and no match shows the default number.</summary>
    public List<TrackingRuleOptions> Rules { get; set; } = [];
}
