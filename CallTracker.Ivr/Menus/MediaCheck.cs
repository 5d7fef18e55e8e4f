using CallTracker.Ivr.Prompts;

namespace CallTracker.Ivr.Menus;

/// <summary>Checks prompts named in menus.json: a scheme Asterisk can play, and for sound: a file in the language's folder.</summary>
internal sealed class MediaCheck
{
    private const string File = IvrOptions.FileName;

    private readonly IPromptCatalog catalog;

    public MediaCheck(IPromptCatalog catalog) => this.catalog = catalog;

    public void Check(string language, string key, IReadOnlyList<string> media, List<string> errors)
    {
        for (var i = 0; i < media.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(media[i]))
            {
                errors.Add($"{File}: {key}[{i}] is empty; remove it or name a sound.");
            }
            else
            {
                Check(language, $"{key}[{i}]", media[i], errors);
            }
        }
    }

    /// <remarks>An empty single prompt means "play nothing". Only sound: files are looked up; digits:, number: and the like are spoken by Asterisk.</remarks>
    public void Check(string language, string key, string media, List<string> errors)
    {
        if (media.Length == 0)
        {
            return;
        }

        if (!MediaUri.HasKnownScheme(media))
        {
            errors.Add($"{File}: {key} '{media}' is not media Asterisk can play; start it with sound:, digits:, number:, characters:, tone: or recording:.");
        }
        else if (MediaUri.IsSound(media) && !catalog.Exists(media, language))
        {
            errors.Add($"{File}: {key} '{media}' is missing: no such sound in language '{language}'.");
        }
    }
}
