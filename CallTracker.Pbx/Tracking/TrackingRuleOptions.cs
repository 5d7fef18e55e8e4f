namespace CallTracker.Pbx.Tracking;

/// <summary>
/// A visit matches when every condition set here holds (an empty condition always holds); it is then shown
/// <see cref="Number"/> (a static number) or a number from <see cref="Pool"/>. Text compares ignore case.
/// </summary>
public sealed class TrackingRuleOptions
{
    /// <summary>Geo rule: ISO 3166-1 alpha-2 codes, e.g. ["KZ", "UZ"]; a visit whose country is unknown does not match.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>paid, organic, referral, direct, or any other utm_medium (see <see cref="TrafficClassifier"/>).</summary>
    public string? Channel { get; set; }

    public string? UtmSource { get; set; }

    public string? UtmMedium { get; set; }

    public string? UtmCampaign { get; set; }

    /// <summary>Part of the referrer's host, e.g. "google" for www.google.com and google.ru.</summary>
    public string? ReferrerHost { get; set; }

    public string? Number { get; set; }

    public string? Pool { get; set; }
}
