using System.Text.RegularExpressions;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Tracking;

public sealed partial class TrackingOptionsValidator
{
    private static void ValidateSite(TrackingSiteOptions site, string key, HashSet<string> sites, Dictionary<string, string> statics, Dictionary<string, string> pooled, List<string> errors)
    {
        if (!SiteName().IsMatch(site.Name))
        {
            errors.Add($"{File}: {key}:Name '{site.Name}' must be 1 to 64 letters, digits, '-' or '_' (it is the snippet's data-site).");
        }
        else if (!sites.Add(site.Name))
        {
            errors.Add($"{File}: {key}:Name '{site.Name}' is used by another site.");
        }

        if (site.AllowedOrigins.Count == 0)
        {
            errors.Add($"{File}: {key}:AllowedOrigins is empty; list the origins of the site's pages, e.g. https://shop.example.com.");
        }

        for (var o = 0; o < site.AllowedOrigins.Count; o++)
        {
            if (!TrackingSite.IsOrigin(site.AllowedOrigins[o]))
            {
                errors.Add($"{File}: {key}:AllowedOrigins[{o}] '{site.AllowedOrigins[o]}' is not an origin: scheme, host and optional port only, like https://shop.example.com.");
            }
        }

        var defaultDigits = PhoneNumber.Normalize(site.DefaultNumber);
        if (defaultDigits.Length == 0)
        {
            errors.Add($"{File}: {key}:DefaultNumber '{site.DefaultNumber}' has no digits; give the number printed on the site's pages.");
        }
        else if (pooled.TryGetValue(defaultDigits, out var poolKey))
        {
            errors.Add($"{File}: {key}:DefaultNumber '{site.DefaultNumber}' is also in {poolKey}; the printed number cannot be handed out to one visitor.");
        }

        if (!string.IsNullOrWhiteSpace(site.OverflowNumber))
        {
            ValidateOverflow(site, key, defaultDigits, statics, pooled, errors);
        }

        var pools = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < site.Pools.Count; p++)
        {
            var name = site.Pools[p].Name;
            if (!SiteName().IsMatch(name))
            {
                errors.Add($"{File}: {key}:Pools[{p}]:Name '{name}' must be 1 to 64 letters, digits, '-' or '_'.");
            }
            else if (!pools.Add(name))
            {
                errors.Add($"{File}: {key}:Pools[{p}]:Name '{name}' is used by another pool of this site.");
            }
        }

        for (var r = 0; r < site.Rules.Count; r++)
        {
            ValidateRule(site.Rules[r], $"{key}:Rules[{r}]", key, pools, defaultDigits, statics, errors);
        }
    }

    private static void ValidateOverflow(TrackingSiteOptions site, string key, string defaultDigits, Dictionary<string, string> statics, Dictionary<string, string> pooled, List<string> errors)
    {
        var digits = PhoneNumber.Normalize(site.OverflowNumber);
        if (digits.Length == 0)
        {
            errors.Add($"{File}: {key}:OverflowNumber '{site.OverflowNumber}' has no digits.");
        }
        else if (pooled.TryGetValue(digits, out var poolKey))
        {
            errors.Add($"{File}: {key}:OverflowNumber '{site.OverflowNumber}' is also in {poolKey}.");
        }
        else if (statics.TryGetValue(digits, out var staticKey))
        {
            errors.Add($"{File}: {key}:OverflowNumber '{site.OverflowNumber}' is also the static number {staticKey}, so its calls could not be counted as overflow.");
        }
        else if (digits == defaultDigits)
        {
            errors.Add($"{File}: {key}:OverflowNumber is the DefaultNumber; leave it empty to show the default number on overflow.");
        }
    }

    private static void ValidateRule(TrackingRuleOptions rule, string key, string siteKey, HashSet<string> pools, string defaultDigits, Dictionary<string, string> statics, List<string> errors)
    {
        var hasNumber = !string.IsNullOrWhiteSpace(rule.Number);
        var hasPool = !string.IsNullOrWhiteSpace(rule.Pool);
        if (hasNumber == hasPool)
        {
            errors.Add($"{File}: {key} needs exactly one of Number (a static number) or Pool.");
        }
        else if (hasPool && !pools.Contains(rule.Pool!))
        {
            errors.Add($"{File}: {key}:Pool '{rule.Pool}' is not the name of a pool in {siteKey}:Pools.");
        }
        else if (hasNumber)
        {
            var digits = PhoneNumber.Normalize(rule.Number);
            if (digits != defaultDigits && !statics.ContainsKey(digits))
            {
                errors.Add($"{File}: {key}:Number '{rule.Number}' is neither in Tracking:StaticNumbers nor the site's DefaultNumber.");
            }
        }

        for (var c = 0; c < rule.Countries.Count; c++)
        {
            if (!CountryCode().IsMatch(rule.Countries[c]))
            {
                errors.Add($"{File}: {key}:Countries[{c}] '{rule.Countries[c]}' is not a two-letter country code like RU or KZ.");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SiteName();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();
}
