namespace CallTracker.Ivr.Menus;

/// <summary>One voice menu. Lists start empty: the configuration binder appends to defaults instead of replacing them.</summary>
public sealed class MenuOptions
{
    /// <summary>The key that ends an extension early when <see cref="ExtensionDigits"/> is set; it cannot be an option there.</summary>
    public const char ExtensionTerminator = '#';

    /// <summary>Played once when the menu is entered (not on Repeat or Back); a digit skips it. Hanging up here in the first menu is HungUpInGreeting.</summary>
    public List<string> Greeting { get; set; } = [];

    /// <summary>Played on every attempt; a digit stops it and counts as input.</summary>
    public List<string> Prompt { get; set; } = [];

    /// <summary>Keys 0-9, * and #, each to one action.</summary>
    public Dictionary<string, MenuChoiceOptions> Options { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// When set, callers may dial an extension of this many digits instead of an option. A single option digit then
    /// selects its option after <see cref="InterDigitTimeoutSeconds"/> or at once with '#'; '*' needs no wait.
    /// </summary>
    public int? ExtensionDigits { get; set; }

    public int FirstDigitTimeoutSeconds { get; set; } = 5;

    public int InterDigitTimeoutSeconds { get; set; } = 3;

    /// <summary>How many times the prompt is replayed after no input or an invalid entry before <see cref="Fallback"/> is taken.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>Played before the prompt after an invalid entry; "" plays nothing. Core sound: "That option is invalid. Please try again."</summary>
    public string InvalidPrompt { get; set; } = "sound:pm-invalid-option";

    /// <summary>Played before the prompt after no input; "" plays nothing. Core sound: "Please try again."</summary>
    public string NoInputPrompt { get; set; } = "sound:please-try-again";

    /// <summary>Where callers go when retries run out: Route, Menu or Voicemail (the backup forwarding scenario).</summary>
    public MenuChoiceOptions? Fallback { get; set; }
}
