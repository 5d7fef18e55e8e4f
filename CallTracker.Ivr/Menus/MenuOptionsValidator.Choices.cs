using CallTracker.Ivr.Prompts;

namespace CallTracker.Ivr.Menus;

public sealed partial class MenuOptionsValidator
{
    private void ValidateChoice(IvrOptions options, string key, MenuChoiceOptions choice, bool isFallback, List<string> errors)
    {
        var action = choice.ParsedAction;
        var allowed = isFallback ? "Route, Menu or Voicemail" : "Route, Menu, Voicemail, Repeat or Back";
        if (action is null || (isFallback && action is MenuAction.Repeat or MenuAction.Back))
        {
            errors.Add($"{File}: {key}:Action '{choice.Action}' is not one of {allowed}.");
            return;
        }

        switch (action)
        {
            case MenuAction.Route when choice.Target.Length == 0:
                errors.Add($"{File}: {key}:Target is empty; Route needs the name of a route in routing.json.");
                break;
            case MenuAction.Route when !routes.Contains(choice.Target):
                errors.Add($"{File}: {key}:Target '{choice.Target}' is not a route in routing.json.");
                break;
            case MenuAction.Menu when choice.Target.Length == 0:
                errors.Add($"{File}: {key}:Target is empty; Menu needs the id of a menu in Ivr:Menus.");
                break;
            case MenuAction.Menu when !options.Menus.ContainsKey(choice.Target):
                errors.Add($"{File}: {key}:Target '{choice.Target}' is not a menu in Ivr:Menus.");
                break;
            case MenuAction.Voicemail or MenuAction.Repeat or MenuAction.Back when choice.Target.Length > 0:
                errors.Add($"{File}: {key}:Target '{choice.Target}' means nothing for Action {action}; remove it or change the action.");
                break;
        }
    }

    private void ValidateMedia(IvrOptions options, string key, List<string> media, List<string> errors)
    {
        for (var i = 0; i < media.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(media[i]))
            {
                errors.Add($"{File}: {key}[{i}] is empty; remove it or name a sound.");
            }
            else
            {
                ValidateMedia(options, $"{key}[{i}]", media[i], errors);
            }
        }
    }

    /// <remarks>An empty single prompt means "play nothing". Only sound: files are looked up; digits:, number: and the like are spoken by Asterisk.</remarks>
    private void ValidateMedia(IvrOptions options, string key, string media, List<string> errors)
    {
        if (media.Length == 0)
        {
            return;
        }

        if (!MediaUri.HasKnownScheme(media))
        {
            errors.Add($"{File}: {key} '{media}' is not media Asterisk can play; start it with sound:, digits:, number:, characters:, tone: or recording:.");
        }
        else if (MediaUri.IsSound(media) && !catalog.Exists(media, options.Language))
        {
            errors.Add($"{File}: {key} '{media}' is missing: no such sound in language '{options.Language}'.");
        }
    }
}
