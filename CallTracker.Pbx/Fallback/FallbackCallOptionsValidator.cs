using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Fallback;

/// <summary>Checks the "FallbackCalls" section of appsettings.json.</summary>
public sealed class FallbackCallOptionsValidator : IValidateOptions<FallbackCallOptions>
{
    private const string Prefix = "appsettings.json: " + FallbackCallOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, FallbackCallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.ScanMinutes is < 1 or > 1440)
        {
            errors.Add($"{Prefix}ScanMinutes {options.ScanMinutes} is out of range (1 to 1440).");
        }

        // A missing file is only a warning at run time (Asterisk creates it with its first call); a blank path never works.
        if (options.Enabled && string.IsNullOrWhiteSpace(options.CdrCsvPath))
        {
            errors.Add($"{Prefix}CdrCsvPath is empty; give cdr_csv's Master.csv, e.g. /var/log/asterisk/cdr-csv/Master.csv, or set Enabled to false.");
        }
        else if (options.Enabled && options.CdrCsvPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"{Prefix}CdrCsvPath '{options.CdrCsvPath}' holds characters a file path cannot.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
