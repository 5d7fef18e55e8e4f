namespace CallTracker.Pbx.Prompts;

/// <summary>Bound from the "Prompts" section of appsettings.json.</summary>
public sealed class PromptOptions
{
    public const string SectionName = "Prompts";

    /// <summary>Asterisk's sounds folder (astdatadir/sounds), used to check at start-up that every menu prompt exists.</summary>
    public string SoundsFolder { get; set; } = "/var/lib/asterisk/sounds";
}
