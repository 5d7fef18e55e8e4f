using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Tracking;

/// <summary>A validated <see cref="TrackingRuleOptions"/>, ready to test visits against.</summary>
public sealed class TrackingRule
{
    private readonly HashSet<string> countries;
    private readonly TrackingRuleOptions options;

    public TrackingRule(TrackingRuleOptions options, string defaultNumber)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        countries = new HashSet<string>(options.Countries, StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(options.Pool))
        {
            Choice = new NumberChoice(ShownNumberKind.Pool, null, options.Pool);
        }
        else
        {
            var digits = PhoneNumber.Normalize(options.Number);
            Choice = new NumberChoice(digits == defaultNumber ? ShownNumberKind.Default : ShownNumberKind.Static, digits, null);
        }
    }

    public NumberChoice Choice { get; }

    public bool Matches(Visit visit, Traffic traffic)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(traffic);
        return (countries.Count == 0 || (visit.Country is not null && countries.Contains(visit.Country)))
            && Same(options.Channel, traffic.Channel)
            && Same(options.UtmSource, visit.UtmSource)
            && Same(options.UtmMedium, visit.UtmMedium)
            && Same(options.UtmCampaign, visit.UtmCampaign)
            && (string.IsNullOrEmpty(options.ReferrerHost) || (traffic.ReferrerHost?.Contains(options.ReferrerHost, StringComparison.OrdinalIgnoreCase) ?? false));
    }

    private static bool Same(string? wanted, string? actual) =>
        string.IsNullOrEmpty(wanted) || string.Equals(wanted, actual?.Trim(), StringComparison.OrdinalIgnoreCase);
}
