namespace CallTracker.Pbx.Tracking;

/// <summary>
/// Derives a visit's channel and source the way analytics tools do, so rules and reports can say "paid" or
/// "organic" without listing every utm combination.
/// </summary>
public static class TrafficClassifier
{
    public const string Paid = "paid";
    public const string Organic = "organic";
    public const string Referral = "referral";
    public const string Direct = "direct";
    public const string DirectSource = "(direct)";

    private static readonly HashSet<string> PaidMedia = new(StringComparer.OrdinalIgnoreCase)
    {
        "cpc", "ppc", "cpm", "cpa", "cpv", "paid", "paidsearch", "paid_search", "paid-search", "paid_social", "display", "retargeting",
    };

    private static readonly string[] SearchEngines = ["google.", "yandex.", "ya.ru", "bing.", "duckduckgo.", "yahoo.", "go.mail.ru", "baidu.", "ecosia.", "rambler."];

    // Click ids ad networks append when auto-tagging replaces utm parameters; Facebook adds fbclid to unpaid shares too.
    private static readonly (string Parameter, string Source, bool Paid)[] ClickIds =
        [("gclid", "google", true), ("yclid", "yandex", true), ("msclkid", "bing", true), ("fbclid", "facebook", false)];

    public static Traffic Classify(Visit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var referrerHost = ExternalReferrerHost(visit);
        var click = ClickId(visit.LandingUrl);
        var source = Lower(visit.UtmSource) ?? click?.Source ?? referrerHost ?? DirectSource;
        string channel;
        if (visit.UtmMedium is { Length: > 0 } medium)
        {
            channel = PaidMedia.Contains(medium) ? Paid : medium.ToLowerInvariant();
        }
        else if (click?.Paid == true)
        {
            channel = Paid;
        }
        else if (referrerHost is not null)
        {
            channel = SearchEngines.Any(e => referrerHost.Contains(e, StringComparison.Ordinal)) ? Organic : Referral;
        }
        else
        {
            channel = visit.UtmSource is { Length: > 0 } ? Referral : Direct;
        }

        return new Traffic(channel, source, referrerHost);
    }

    /// <summary>The referrer's host without "www.", unless it is the landing site itself (an internal link counts as direct).</summary>
    private static string? ExternalReferrerHost(Visit visit)
    {
        if (!Uri.TryCreate(visit.Referrer, UriKind.Absolute, out var referrer) || string.IsNullOrEmpty(referrer.Host))
        {
            return null;
        }

        var host = StripWww(referrer.Host.ToLowerInvariant());
        return host == StripWww(visit.LandingUrl.Host.ToLowerInvariant()) ? null : host;
    }

    private static (string Source, bool Paid)? ClickId(Uri landing)
    {
        var query = landing.Query;
        foreach (var (parameter, source, paid) in ClickIds)
        {
            if (query.Contains("?" + parameter + "=", StringComparison.OrdinalIgnoreCase) || query.Contains("&" + parameter + "=", StringComparison.OrdinalIgnoreCase))
            {
                return (source, paid);
            }
        }

        return null;
    }

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;

    private static string? Lower(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
