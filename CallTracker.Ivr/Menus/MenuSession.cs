using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;

namespace CallTracker.Ivr.Menus;

/// <summary>One caller's way through the menus: what <see cref="MenuRunner"/> keeps per call.</summary>
internal sealed partial class MenuSession
{
    private readonly IvrOptions options;
    private readonly ICallLeg leg;
    private readonly IExtensionDirectory extensions;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly DigitCollector collector;
    private readonly MenuPath path;

    // Menus left by an option or a fallback, most recent on top: where Back returns to.
    private readonly Stack<string> previous = new();
    private int noInputs;
    private int invalidInputs;

    // Failures since the last valid entry: they decide how a hangup or a fallback is reported.
    private int pendingNoInputs;
    private int pendingInvalidInputs;

    public MenuSession(IvrOptions options, ICallLeg leg, IExtensionDirectory extensions, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.leg = leg;
        this.extensions = extensions;
        this.time = time;
        this.logger = logger;
        collector = new DigitCollector(leg, time);
        path = new MenuPath(time);
    }

    public async Task<MenuResult> RunAsync(string startMenuId, CancellationToken cancellationToken)
    {
        var visit = new Visit(startMenuId, Greet: true, IsFirst: true);
        while (true)
        {
            var outcome = await VisitAsync(visit, cancellationToken);
            if (outcome.Finished is { } result)
            {
                return result;
            }

            visit = outcome.Next;
        }
    }

    private async Task<Outcome> VisitAsync(Visit visit, CancellationToken cancellationToken)
    {
        var id = visit.MenuId;
        var menu = options.Menus[id];
        path.Add(visit.Greet ? MenuStepKind.Entered : MenuStepKind.Returned, id);
        leg.DiscardBufferedDigits();
        var enteredAt = time.GetTimestamp();
        IReadOnlyList<string> prompts = menu.Prompt;
        if (visit.Greet && menu.Greeting.Count > 0)
        {
            var greeting = await collector.PlayPromptsAsync(menu.Greeting, cancellationToken);
            Record(id, greeting);
            if (greeting.Status == PromptsStatus.HungUp)
            {
                return HangUp(id, enteredAt, visit.IsFirst ? HangUpPoint.InGreeting : PendingPoint(), "");
            }

            if (greeting.Status == PromptsStatus.StoppedByDigit)
            {
                // The caller knows what to press: the digit that stopped the greeting starts the entry.
                prompts = [];
            }
        }

        var failures = 0;
        while (true)
        {
            var entry = await collector.CollectAsync(Spec(menu, prompts), cancellationToken);
            Record(id, entry.Prompts);
            string feedback;
            switch (entry.Status)
            {
                case CollectStatus.HungUp:
                    return HangUp(id, enteredAt, PendingPoint(), entry.Digits);
                case CollectStatus.NoInput:
                    noInputs++;
                    pendingNoInputs++;
                    path.Add(MenuStepKind.NoInput, id);
                    feedback = menu.NoInputPrompt;
                    break;
                case CollectStatus.Matched when menu.Options.TryGetValue(entry.Digits, out var option):
                    Valid(id, entry.Digits);
                    if (Follow(id, option, failure: null) is { } next)
                    {
                        return next;
                    }

                    path.Add(MenuStepKind.Repeated, id);
                    leg.DiscardBufferedDigits();
                    prompts = menu.Prompt;
                    continue;
                case CollectStatus.Matched when IsExtension(menu, entry.Digits):
                    Valid(id, entry.Digits);
                    return Leave(id, MenuExit.DialExtension, entry.Digits, failure: null);
                default:
                    invalidInputs++;
                    pendingInvalidInputs++;
                    path.Add(MenuStepKind.InvalidInput, id, entry.Digits);
                    feedback = menu.InvalidPrompt;
                    break;
            }

            if (++failures > menu.Retries)
            {
                return TakeFallback(id, menu);
            }

            leg.DiscardBufferedDigits();
            prompts = feedback.Length == 0 ? menu.Prompt : [feedback, .. menu.Prompt];
        }
    }
}
