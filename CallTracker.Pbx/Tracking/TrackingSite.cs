using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Tracking;

/// <summary>A validated site from tracking.json: who may call the API for it, and which number a visit sees.</summary>
public sealed class TrackingSite
{
    private readonly HashSet<string> origins;
    private readonly List<TrackingRule> rules;

    public TrackingSite(TrackingSiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = options.Name;
        DefaultNumber = PhoneNumber.Normalize(options.DefaultNumber);
        OverflowNumber = string.IsNullOrWhiteSpace(options.OverflowNumber) ? DefaultNumber : PhoneNumber.Normalize(options.OverflowNumber);
        origins = new HashSet<string>(options.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        rules = options.Rules.Select(r => new TrackingRule(r, DefaultNumber)).ToList();
    }

    public string Name { get; }

    /// <summary>Digits of the number printed on the site's pages.</summary>
    public string DefaultNumber { get; }

    /// <summary>Digits of the number shown when a pool is exhausted: the dedicated overflow number, else the default.</summary>
    public string OverflowNumber { get; }

    public bool AllowsOrigin(string origin) => origins.Contains(origin);

    /// <summary>The first matching rule's number or pool; the default number when none matches.</summary>
    public NumberChoice Choose(Visit visit, Traffic traffic) =>
        rules.FirstOrDefault(r => r.Matches(visit, traffic))?.Choice ?? new NumberChoice(ShownNumberKind.Default, DefaultNumber, null);

    /// <summary>True for "scheme://host[:port]" with http or https, as browsers send it in the Origin header (a trailing '/' is tolerated).</summary>
    public static bool IsOrigin(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && string.Equals(text.TrimEnd('/'), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
