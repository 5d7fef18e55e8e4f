using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr.Menus;

/// <summary>
/// Checks menus.json at start-up and lists every problem at once, each naming the file and its key.
/// Extension dialing and options may share first digits (a lone option digit is taken after the inter-digit timeout or '#');
/// only '#' is barred as an option there, since it ends an extension.
/// </summary>
public sealed partial class MenuOptionsValidator : IValidateOptions<IvrOptions>
{
    private const string File = IvrOptions.FileName;
    private const string Keys = "0-9, * or #";

    private readonly IKnownRoutes routes;
    private readonly MediaCheck mediaCheck;

    public MenuOptionsValidator(IKnownRoutes routes, IPromptCatalog catalog)
    {
        this.routes = routes;
        mediaCheck = new MediaCheck(catalog);
    }

    public ValidateOptionsResult Validate(string? name, IvrOptions options)
    {
        var errors = Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Every problem in <paramref name="options"/>; empty when it is fit to run.</summary>
    public IReadOnlyList<string> Validate(IvrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Language))
        {
            errors.Add($"{File}: Ivr:Language is empty; it names the sounds folder, e.g. en or ru.");
        }

        foreach (var (id, menu) in options.Menus)
        {
            ValidateMenu(options, id, menu, errors);
        }

        ValidateExits(options, errors);
        ValidateVoicemail(options, errors);
        return errors;
    }

    private void ValidateMenu(IvrOptions options, string id, MenuOptions menu, List<string> errors)
    {
        var key = $"Ivr:Menus:{id}";
        if (menu.Prompt.Count == 0)
        {
            errors.Add($"{File}: {key}:Prompt is empty; callers must hear what to press.");
        }

        ValidateMedia(options, $"{key}:Greeting", menu.Greeting, errors);
        ValidateMedia(options, $"{key}:Prompt", menu.Prompt, errors);
        ValidateMedia(options, $"{key}:InvalidPrompt", menu.InvalidPrompt, errors);
        ValidateMedia(options, $"{key}:NoInputPrompt", menu.NoInputPrompt, errors);
        ValidateRange($"{key}:ExtensionDigits", menu.ExtensionDigits, 2, 10, errors);
        ValidateRange($"{key}:FirstDigitTimeoutSeconds", menu.FirstDigitTimeoutSeconds, 1, 60, errors);
        ValidateRange($"{key}:InterDigitTimeoutSeconds", menu.InterDigitTimeoutSeconds, 1, 30, errors);
        ValidateRange($"{key}:Retries", menu.Retries, 0, 10, errors);
        ValidateKeys(options, key, menu, errors);

        if (menu.Fallback is null)
        {
            errors.Add($"{File}: {key}:Fallback is missing; it says where callers go when retries run out (Route, Menu or Voicemail).");
        }
        else
        {
            ValidateChoice(options, $"{key}:Fallback", menu.Fallback, isFallback: true, errors);
        }
    }

    private void ValidateKeys(IvrOptions options, string key, MenuOptions menu, List<string> errors)
    {
        if (menu.Options.Count == 0 && menu.ExtensionDigits is null)
        {
            errors.Add($"{File}: {key}:Options is empty and ExtensionDigits is not set; callers have nothing to press.");
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (digit, choice) in menu.Options.OrderBy(o => o.Key.Length).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            var trimmed = digit.Trim();
            if (trimmed.Length == 1 && IsKey(trimmed[0]) && !used.Add(trimmed))
            {
                errors.Add($"{File}: {key}:Options:'{digit}' is key '{trimmed}' again; each key may have one action.");
            }
            else if (digit.Length != 1 || !IsKey(digit[0]))
            {
                errors.Add($"{File}: {key}:Options:'{digit}' is not one DTMF key ({Keys}).");
            }
            else if (digit[0] == MenuOptions.ExtensionTerminator && menu.ExtensionDigits is not null)
            {
                errors.Add($"{File}: {key}:Options:{digit} cannot be an option: '#' ends an extension in this menu (ExtensionDigits is set).");
            }

            ValidateChoice(options, $"{key}:Options:{digit}", choice, isFallback: false, errors);
        }
    }

    private static bool IsKey(char c) => char.IsAsciiDigit(c) || c is '*' or '#';

    private static void ValidateRange(string key, int? value, int min, int max, List<string> errors)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add($"{File}: {key} {v} is out of range ({min} to {max}).");
        }
    }
}
