using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Callbacks;

/// <summary>Checks the "Callbacks" section of appsettings.json; the prompt as menus.json's are, against Asterisk's sounds.</summary>
public sealed class CallbackOptionsValidator(IPromptCatalog prompts, IOptions<IvrOptions> ivr) : IValidateOptions<CallbackOptions>
{
    private const string Prefix = "appsettings.json: " + CallbackOptions.SectionName + ":";

    private static readonly string[] MediaSchemes = ["sound:", "recording:", "number:", "digits:", "characters:", "tone:"];

    public ValidateOptionsResult Validate(string? name, CallbackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var prompt = options.ManagerPrompt ?? "";
        if (prompt.Length > 0 && !MediaSchemes.Any(s => prompt.StartsWith(s, StringComparison.Ordinal) && prompt.Length > s.Length))
        {
            errors.Add($"{Prefix}ManagerPrompt '{prompt}' is not media Asterisk can play; start it with sound:, digits:, number:, characters:, tone: or recording:, or leave it empty.");
        }
        else if (prompt.StartsWith("sound:", StringComparison.Ordinal) && !prompts.Exists(prompt, ivr.Value.Language))
        {
            errors.Add($"{Prefix}ManagerPrompt '{prompt}' is missing: no such sound in language '{ivr.Value.Language}'.");
        }

        Check(errors, "ClientRingSeconds", options.ClientRingSeconds, 1, 300);
        for (var i = 0; i < options.RetryMinutes.Count; i++)
        {
            if (options.RetryMinutes[i] is <= 0 or > 7 * 24 * 60 || double.IsNaN(options.RetryMinutes[i]))
            {
                errors.Add($"{Prefix}RetryMinutes[{i}] {options.RetryMinutes[i]} is out of range (more than 0, at most 10080, a week).");
            }
        }

        if (options.RetryMinutes.Count > 10)
        {
            errors.Add($"{Prefix}RetryMinutes has {options.RetryMinutes.Count} retries; at most 10, or a client is called all day.");
        }

        Check(errors, "Limits:RequestsPerPhonePerHour", options.Limits.RequestsPerPhonePerHour, 1, 100);
        Check(errors, "Limits:RequestsPerSitePerHour", options.Limits.RequestsPerSitePerHour, 1, 100_000);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{Prefix}{key} {value} is out of range ({min} to {max}).");
        }
    }
}
