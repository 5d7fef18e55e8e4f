using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;

namespace CallTracker.Ivr.Menus;

/// <summary>Bound from the "Ivr" section of menus.json, the file admins edit to build voice menus.</summary>
public sealed class IvrOptions
{
    public const string SectionName = "Ivr";
    public const string FileName = "menus.json";

    /// <summary>Sound language folder the prompts are checked in (sounds/&lt;Language&gt;/), e.g. "en" or "ru".</summary>
    public string Language { get; set; } = "en";

    /// <summary>Menus by id. Ids are case-insensitive, as configuration keys are.</summary>
    public Dictionary<string, MenuOptions> Menus { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public VoicemailOptions Voicemail { get; set; } = new();

    public TaggingOptions Tagging { get; set; } = new();
}
