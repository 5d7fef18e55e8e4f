namespace CallTracker.Pbx.Tracking;

/// <summary>A number printed or shown for one source only, so a call to it names that source.</summary>
public sealed class StaticNumberOptions
{
    public string Number { get; set; } = "";

    /// <summary>What reports show as the source, e.g. "Billboard, Tverskaya st." or "google".</summary>
    public string Source { get; set; } = "";

    /// <summary>The kind of traffic, e.g. outdoor, radio, organic, print.</summary>
    public string Channel { get; set; } = "";
}
