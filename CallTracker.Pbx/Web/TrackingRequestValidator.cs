using System.Text.RegularExpressions;
using CallTracker.Pbx.Tracking;

namespace CallTracker.Pbx.Web;

/// <summary>Turns what a browser sent into a <see cref="Visit"/>, collecting every problem by field name for a 400 answer.</summary>
public static partial class TrackingRequestValidator
{
    public const int MaxUrlLength = 2048;
    public const int MaxLabelLength = 256;

    private static readonly string[] Devices = ["desktop", "mobile", "tablet"];

    /// <param name="headerCountry">The country a trusted proxy put in a header, used when the page sent none.</param>
    /// <returns>The visit, or null when <paramref name="errors"/> has entries.</returns>
    public static Visit? ToVisit(string site, CreateSessionRequest request, string? headerCountry, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var visitorId = string.IsNullOrEmpty(request.VisitorId) ? Guid.NewGuid().ToString("N") : request.VisitorId;
        if (!VisitorIdPattern().IsMatch(visitorId))
        {
            errors["visitorId"] = ["must be 8 to 64 letters, digits, '-' or '_'."];
        }

        var landing = ToPageUrl(request.LandingUrl, "landingUrl", errors);
        // javascript:, data: and file: referrers are not pages a visitor came from, and would be shown to admins as links.
        var referrer = Optional(request.Referrer, "referrer", MaxUrlLength, errors);
        if (referrer is not null && !errors.ContainsKey("referrer") && !IsWebAddress(referrer, out _))
        {
            errors["referrer"] = ["must be an absolute http:// or https:// URL."];
        }

        var device = Optional(request.Device, "device", MaxLabelLength, errors)?.ToLowerInvariant();
        if (device is not null && !Devices.Contains(device))
        {
            errors["device"] = ["must be desktop, mobile or tablet."];
        }

        var country = Optional(request.Country, "country", MaxLabelLength, errors);
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            errors["country"] = ["must be a two-letter country code like RU."];
        }

        // Proxies send XX (unknown) or T1 (Tor) when they cannot tell; neither is a country.
        country ??= headerCountry is not null && CountryPattern().IsMatch(headerCountry) && !headerCountry.Equals("XX", StringComparison.OrdinalIgnoreCase) ? headerCountry : null;
        var visit = new Visit
        {
            Site = site,
            VisitorId = visitorId,
            LandingUrl = landing ?? new Uri("about:blank"),
            Referrer = referrer,
            UtmSource = Optional(request.UtmSource, "utmSource", MaxLabelLength, errors),
            UtmMedium = Optional(request.UtmMedium, "utmMedium", MaxLabelLength, errors),
            UtmCampaign = Optional(request.UtmCampaign, "utmCampaign", MaxLabelLength, errors),
            UtmContent = Optional(request.UtmContent, "utmContent", MaxLabelLength, errors),
            UtmTerm = Optional(request.UtmTerm, "utmTerm", MaxLabelLength, errors),
            Keyword = Optional(request.Keyword, "keyword", MaxLabelLength, errors),
            Device = device,
            Country = country?.ToUpperInvariant(),
        };
        return errors.Count == 0 ? visit : null;
    }

    /// <returns>The page, or null when <paramref name="errors"/> has entries.</returns>
    public static Uri? ToPage(PingRequest request, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ToPageUrl(request.Page, "page", errors);
    }

    /// <summary>Session ids are the 32 hex digits the service issued; anything else is answered 404 without a look-up.</summary>
    public static bool IsSessionId(string id) => SessionIdPattern().IsMatch(id);

    private static Uri? ToPageUrl(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors[field] = ["is required: the page's address."];
            return null;
        }

        if (text.Any(char.IsControl))
        {
            errors[field] = ["contains control characters."];
            return null;
        }

        if (text.Length > MaxUrlLength || !IsWebAddress(text, out var url))
        {
            errors[field] = [$"must be an http:// or https:// address of at most {MaxUrlLength} characters."];
            return null;
        }

        return url;
    }

    private static bool IsWebAddress(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Empty is absent; text is kept verbatim (it is only ever stored through parameters) but bounded and free of control characters.</summary>
    private static string? Optional(string? text, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            errors[field] = [$"is longer than {maxLength} characters."];
        }
        else if (text.Any(char.IsControl))
        {
            errors[field] = ["contains control characters."];
        }

        return text;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex VisitorIdPattern();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex SessionIdPattern();
}
