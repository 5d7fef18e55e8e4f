using CallTracker.Ivr.Prompts;

namespace CallTracker.Ivr.Menus;

internal sealed partial class MenuSession
{
    /// <returns>Where the caller goes next, or null to stay and hear the prompt again (Repeat, or Back from the first menu).</returns>
    private Outcome? Follow(string menuId, MenuChoiceOptions choice, MenuFailure? failure)
    {
        switch (choice.ParsedAction)
        {
            case MenuAction.Route:
                return Leave(menuId, MenuExit.Route, choice.Target, failure);
            case MenuAction.Voicemail:
                return Leave(menuId, MenuExit.Voicemail, "", failure);
            case MenuAction.Menu:
                previous.Push(menuId);
                return new Outcome(null, new Visit(choice.Target, Greet: true, IsFirst: false));
            case MenuAction.Back when previous.Count > 0:
                return new Outcome(null, new Visit(previous.Pop(), Greet: false, IsFirst: false));
            default:
                return null;
        }
    }

    private Outcome TakeFallback(string menuId, MenuOptions menu)
    {
        var failure = pendingInvalidInputs > 0 ? MenuFailure.InvalidInput : MenuFailure.NoInput;
        path.Add(MenuStepKind.FallbackTaken, menuId, failure.ToString());
        return Follow(menuId, menu.Fallback!, failure)
            ?? throw new InvalidOperationException($"{IvrOptions.FileName}: Ivr:Menus:{menuId}:Fallback must be Route, Menu or Voicemail.");
    }

    private void Valid(string menuId, string digits)
    {
        path.Add(MenuStepKind.Pressed, menuId, digits);
        pendingNoInputs = 0;
        pendingInvalidInputs = 0;
    }

    private Outcome Leave(string menuId, MenuExit exit, string target, MenuFailure? failure)
    {
        path.Add(MenuStepKind.Left, menuId, target.Length == 0 ? exit.ToString() : $"{exit} {target}");
        return new Outcome(Result(exit, target, failure, hangUp: null), default);
    }

    private Outcome HangUp(string menuId, long enteredAt, HangUpPoint point, string digits)
    {
        path.Add(MenuStepKind.HungUp, menuId, digits);
        var hangUp = new MenuHangUp(point, menuId, time.GetElapsedTime(enteredAt));
        return new Outcome(Result(MenuExit.HungUp, "", failure: null, hangUp), default);
    }

    private HangUpPoint PendingPoint() =>
        pendingInvalidInputs > 0 ? HangUpPoint.AfterInvalidInput
        : pendingNoInputs > 0 ? HangUpPoint.AfterNoInput
        : HangUpPoint.WhileChoosing;

    private MenuResult Result(MenuExit exit, string target, MenuFailure? failure, MenuHangUp? hangUp) =>
        new(exit, target, failure, hangUp, noInputs, invalidInputs, path.StartedAt, path.Elapsed, [.. path.Steps]);

    private bool IsExtension(MenuOptions menu, string digits) =>
        digits.Length == menu.ExtensionDigits && digits.All(char.IsAsciiDigit) && extensions.Exists(digits);

    private static CollectSpec Spec(MenuOptions menu, IReadOnlyList<string> prompts)
    {
        var first = TimeSpan.FromSeconds(menu.FirstDigitTimeoutSeconds);
        var next = TimeSpan.FromSeconds(menu.InterDigitTimeoutSeconds);
        if (menu.ExtensionDigits is not { } extensionDigits)
        {
            return new CollectSpec(prompts, first, next, MaxDigits: 1);
        }

        // No extension holds '*' (or '#', the terminator): a non-digit ends the entry at once instead of after the timeout.
        return new CollectSpec(prompts, first, next, extensionDigits, MenuOptions.ExtensionTerminator)
        {
            IsComplete = digits => !char.IsAsciiDigit(digits[^1]),
        };
    }

    private void Record(string menuId, PromptsOutcome prompts)
    {
        path.AddPrompts(menuId, prompts);
        foreach (var failed in prompts.Played.Where(p => p.Status == PlayStatus.Failed))
        {
            LogPromptFailed(logger, menuId, failed.Media);
        }
    }

    private readonly record struct Visit(string MenuId, bool Greet, bool IsFirst);

    /// <summary>Either the result (the caller left the menus) or the next menu to visit.</summary>
    private readonly record struct Outcome(MenuResult? Finished, Visit Next);
}
