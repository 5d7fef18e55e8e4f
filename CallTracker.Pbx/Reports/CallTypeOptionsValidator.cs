using CallTracker.Pbx.Tracking;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Reports;

public sealed class CallTypeOptionsValidator(IOptions<TrackingOptions> tracking) : IValidateOptions<CallTypeOptions>
{
    private const string Prefix = "tracking.json: CallTypes";

    public ValidateOptionsResult Validate(string? name, CallTypeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Check(errors, Prefix, options.TargetTalkSeconds, options.SalesCycleDays);
        var sites = tracking.Value.Sites.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (site, siteOptions) in options.Sites)
        {
            if (!sites.Contains(site))
            {
                errors.Add($"{Prefix}:Sites:{site} is not a site in Tracking:Sites.");
            }

            Check(errors, $"{Prefix}:Sites:{site}", siteOptions.TargetTalkSeconds ?? options.TargetTalkSeconds, siteOptions.SalesCycleDays ?? options.SalesCycleDays);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string key, int targetTalkSeconds, int salesCycleDays)
    {
        if (targetTalkSeconds is < 0 or > 86_400)
        {
            errors.Add($"{key}:TargetTalkSeconds {targetTalkSeconds} must be from 0 to 86400.");
        }

        if (salesCycleDays is < 1 or > 3650)
        {
            errors.Add($"{key}:SalesCycleDays {salesCycleDays} must be from 1 to 3650.");
        }
    }
}
