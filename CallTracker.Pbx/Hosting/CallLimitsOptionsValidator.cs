using CallTracker.Pbx.Calls;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

/// <summary>Checks the "Calls" section of appsettings.json: every wait on Asterisk needs a real deadline.</summary>
public sealed class CallLimitsOptionsValidator : IValidateOptions<CallLimitsOptions>
{
    private const string File = "appsettings.json";

    public ValidateOptionsResult Validate(string? name, CallLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Check(errors, "PromptTimeoutSeconds", options.PromptTimeoutSeconds, 1, 3600);
        Check(errors, "StepTimeoutSeconds", options.StepTimeoutSeconds, 1, 24 * 3600);
        Check(errors, "MaxTalkMinutes", options.MaxTalkMinutes, 1, 24 * 60);
        Check(errors, "WatchdogPeriodSeconds", options.WatchdogPeriodSeconds, 1, 300);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{File}: {CallLimitsOptions.SectionName}:{key} {value} is out of range ({min} to {max}).");
        }
    }
}
