using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Calls;

/// <summary>Checks the "Outbound" section of appsettings.json.</summary>
public sealed class OutboundOptionsValidator : IValidateOptions<OutboundOptions>
{
    private const string Prefix = "appsettings.json: " + OutboundOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, OutboundOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var endpoint = options.TrunkEndpoint ?? "";
        if (endpoint.Replace("{0}", "", StringComparison.Ordinal).IndexOfAny(['{', '}']) >= 0 || !endpoint.Contains("{0}", StringComparison.Ordinal) || endpoint.IndexOf('/', StringComparison.Ordinal) <= 0)
        {
            errors.Add($"{Prefix}TrunkEndpoint '{endpoint}' must be a channel endpoint with {{0}} where the number goes, e.g. PJSIP/{{0}}@trunk.");
        }

        if (options.RingSeconds is < 1 or > 600)
        {
            errors.Add($"{Prefix}RingSeconds {options.RingSeconds} is out of range (1 to 600).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
