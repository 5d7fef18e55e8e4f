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

    private void ValidateMedia(IvrOptions options, string key, List<string> media, List<string> errors) =>
        mediaCheck.Check(options.Language, key, media, errors);

    private void ValidateMedia(IvrOptions options, string key, string media, List<string> errors) =>
        mediaCheck.Check(options.Language, key, media, errors);
}
