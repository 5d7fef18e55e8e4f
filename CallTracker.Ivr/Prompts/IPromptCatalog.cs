namespace CallTracker.Ivr.Prompts;

/// <summary>Which sounds the PBX has. The service implements it over Asterisk's sounds folder; used when menus.json is checked.</summary>
public interface IPromptCatalog
{
    /// <param name="media">A "sound:" URI, e.g. "sound:custom/welcome" (a file under sounds/&lt;language&gt;/custom/, any format).</param>
    /// <param name="language">Sound language folder, e.g. "en" or "ru".</param>
    bool Exists(string media, string language);
}
