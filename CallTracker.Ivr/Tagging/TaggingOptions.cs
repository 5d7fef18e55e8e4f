namespace CallTracker.Ivr.Tagging;

/// <summary>
/// Bound from "Ivr:Tagging" in menus.json: the keypad menu a manager hears after the caller hangs up first.
/// Lists start empty: the configuration binder appends to defaults instead of replacing them.
/// </summary>
public sealed class TaggingOptions
{
    public const string SectionName = "Ivr:Tagging";

    /// <summary>Off: the service ends the manager's leg as before and <see cref="TaggingMenu"/> plays nothing.</summary>
    public bool Enabled { get; set; }

    public List<TagCategory> Categories { get; set; } = [];

    /// <summary>Asks for the category code followed by '#'.</summary>
    public List<string> CodePrompt { get; set; } = [];

    /// <summary>Asks for the call's value followed by '#'; '#' alone or silence takes the category's default.</summary>
    public List<string> ValuePrompt { get; set; } = [];

    /// <summary>Played before asking again after an unknown code or a value that is not a whole number.</summary>
    public List<string> InvalidPrompt { get; set; } = [];

    /// <summary>Played before asking again after silence where an answer is needed (code, confirmation).</summary>
    public List<string> NoInputPrompt { get; set; } = [];

    /// <summary>Starts the read-back, which goes on with "digits:&lt;code&gt;" and "number:&lt;value&gt;".</summary>
    public List<string> ReadBackPrompt { get; set; } = [];

    /// <summary>Follows the read-back: 1 keeps the tag, any other key enters it again.</summary>
    public List<string> ConfirmPrompt { get; set; } = [];

    /// <summary>Played once a tag is kept.</summary>
    public List<string> SavedPrompt { get; set; } = [];

    /// <summary>With <see cref="AllowAnother"/>, offers another tag: 1 adds one, anything else ends the menu.</summary>
    public List<string> AnotherPrompt { get; set; } = [];

    /// <summary>Played when the menu ends with the manager still on the line.</summary>
    public List<string> GoodbyePrompt { get; set; } = [];

    /// <summary>Wait for the first digit of a code; also for the answers to the confirmation and to "another tag?".</summary>
    public int CodeTimeoutSeconds { get; set; } = 10;

    /// <summary>Wait for the first digit of the value; when it passes, the default value is taken.</summary>
    public int ValueTimeoutSeconds { get; set; } = 5;

    /// <summary>Wait for each further digit; when it passes, the digits so far are the entry, as if '#' had been pressed.</summary>
    public int InterDigitTimeoutSeconds { get; set; } = 5;

    /// <summary>How many times each question is asked (an unknown or empty code, an invalid value, silence at confirmation) before the tag is dropped.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>After a tag is kept, offer to add another to the same call.</summary>
    public bool AllowAnother { get; set; } = true;
}
