using System.Text.RegularExpressions;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Tracking;

/// <summary>Checks tracking.json at start-up and lists every problem at once, each naming its key.</summary>
public sealed partial class TrackingOptionsValidator : IValidateOptions<TrackingOptions>
{
    private const string File = "tracking.json";

    public ValidateOptionsResult Validate(string? name, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.HoldMinutes is < 1 or > 1440)
        {
            errors.Add($"{File}: Tracking:HoldMinutes {options.HoldMinutes} is out of range (1 to 1440).");
        }

        if (options.PingSeconds is < 5 or > 300)
        {
            errors.Add($"{File}: Tracking:PingSeconds {options.PingSeconds} is out of range (5 to 300).");
        }
        else if (options.HoldMinutes >= 1 && options.HoldMinutes * 60 < 3 * options.PingSeconds)
        {
            errors.Add($"{File}: Tracking:HoldMinutes {options.HoldMinutes} is shorter than three pings (Tracking:PingSeconds {options.PingSeconds}); an open page would lose its number between pings.");
        }

        if (!string.IsNullOrEmpty(options.CountryHeader) && !HeaderName().IsMatch(options.CountryHeader))
        {
            errors.Add($"{File}: Tracking:CountryHeader '{options.CountryHeader}' is not an HTTP header name like CF-IPCountry.");
        }

        ValidateLimits(options.Limits, errors);
        var statics = ValidateStaticNumbers(options.StaticNumbers, errors);
        var pooled = CollectPoolNumbers(options.Sites, statics, errors);
        var sites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sites.Count; i++)
        {
            ValidateSite(options.Sites[i], $"Tracking:Sites[{i}]", sites, statics, pooled, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateLimits(TrackingLimitsOptions limits, List<string> errors)
    {
        (string Key, int Value, int Min, int Max)[] ranges =
        [
            ("SessionStartsPerClientPerMinute", limits.SessionStartsPerClientPerMinute, 1, 10_000),
            ("SessionStartsPerSitePerMinute", limits.SessionStartsPerSitePerMinute, 1, 1_000_000),
            ("MaxPagesPerSession", limits.MaxPagesPerSession, 1, 10_000),
        ];
        foreach (var (key, value, min, max) in ranges.Where(r => r.Value < r.Min || r.Value > r.Max))
        {
            errors.Add($"{File}: Tracking:Limits:{key} {value} is out of range ({min} to {max}).");
        }

        if (!string.IsNullOrEmpty(limits.ClientAddressHeader) && !HeaderName().IsMatch(limits.ClientAddressHeader))
        {
            errors.Add($"{File}: Tracking:Limits:ClientAddressHeader '{limits.ClientAddressHeader}' is not an HTTP header name like X-Forwarded-For.");
        }
    }

    private static Dictionary<string, string> ValidateStaticNumbers(List<StaticNumberOptions> numbers, List<string> errors)
    {
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < numbers.Count; i++)
        {
            var key = $"Tracking:StaticNumbers[{i}]";
            var number = numbers[i];
            var digits = PhoneNumber.Normalize(number.Number);
            if (digits.Length == 0)
            {
                errors.Add($"{File}: {key}:Number '{number.Number}' has no digits.");
            }
            else if (!statics.TryAdd(digits, key))
            {
                errors.Add($"{File}: {key}:Number '{number.Number}' is listed twice (also {statics[digits]}).");
            }

            if (string.IsNullOrWhiteSpace(number.Source))
            {
                errors.Add($"{File}: {key}:Source is empty; name the source reports should show, e.g. \"Billboard, Tverskaya st.\".");
            }

            if (string.IsNullOrWhiteSpace(number.Channel))
            {
                errors.Add($"{File}: {key}:Channel is empty; name the kind of traffic, e.g. outdoor, radio, organic.");
            }
        }

        return statics;
    }

    /// <summary>Every pooled number with the key it sits at; a number may sit in one pool only, and never be static too.</summary>
    private static Dictionary<string, string> CollectPoolNumbers(List<TrackingSiteOptions> sites, Dictionary<string, string> statics, List<string> errors)
    {
        var pooled = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sites.Count; i++)
        {
            for (var p = 0; p < sites[i].Pools.Count; p++)
            {
                var pool = sites[i].Pools[p];
                var poolKey = $"Tracking:Sites[{i}]:Pools[{p}]";
                if (pool.Numbers.Count == 0)
                {
                    errors.Add($"{File}: {poolKey}:Numbers is empty; a pool needs numbers to hand out.");
                }

                for (var n = 0; n < pool.Numbers.Count; n++)
                {
                    var key = $"{poolKey}:Numbers[{n}]";
                    var digits = PhoneNumber.Normalize(pool.Numbers[n]);
                    if (digits.Length == 0)
                    {
                        errors.Add($"{File}: {key} '{pool.Numbers[n]}' has no digits.");
                    }
                    else if (statics.TryGetValue(digits, out var staticKey))
                    {
                        errors.Add($"{File}: {key} '{pool.Numbers[n]}' is also the static number {staticKey}; a number is either static or pooled.");
                    }
                    else if (!pooled.TryAdd(digits, poolKey))
                    {
                        errors.Add($"{File}: {key} '{pool.Numbers[n]}' is also in {pooled[digits]}; a number belongs to one pool only.");
                    }
                }
            }
        }

        return pooled;
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex HeaderName();
}
