using CallTracker.Ivr.Menus;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    private AriCallLeg? callerLeg;
    private MenuFailure? menuFailure;
    private int? ivrListenedSeconds;
    private bool offHours;

    /// <summary>The caller's channel as the voice-menu engine sees it; one per call, so digits pressed ahead are kept.</summary>
    private AriCallLeg CallerLeg => callerLeg ??= new AriCallLeg(
        ari, inbox, id => registry.Claim(id, this), IsCallerGone, caller.Id, CallId, services.Language, time, limits.PromptTimeout, logger);

    private async Task<MenuResult> RunMenuAsync(string menuId, CancellationToken cancellationToken)
    {
        await AnswerCallerAsync(cancellationToken);
        MenuResult result;
        using (watchdog.Watch($"the caller in voice menu {menuId}", limits.StepTimeout))
        {
            result = await services.Menus.RunAsync(CallerLeg, menuId, cancellationToken);
        }

        menuFailure = result.Failure;
        foreach (var step in result.Path)
        {
            await journal.AppendAsync(CallId, "Menu" + step.Kind, new { menu = step.MenuId, step.Detail, atMs = (long)step.At.TotalMilliseconds }, cancellationToken);
        }

        await journal.AppendAsync(
            CallId,
            "MenuFinished",
            new { exit = result.Exit.ToString(), result.Target, failure = result.Failure?.ToString(), result.NoInputs, result.InvalidInputs, elapsedMs = (long)result.Elapsed.TotalMilliseconds },
            cancellationToken);
        return result;
    }

    private CallStatus StatusOfMenuHangUp(MenuHangUp hangUp)
    {
        callerGone = true;
        switch (hangUp.Point)
        {
            case HangUpPoint.InGreeting:
                ivrListenedSeconds = WholeSeconds(hangUp.ListenedFor);
                return CallStatus.HungUpInGreeting;
            case HangUpPoint.AfterInvalidInput:
                return CallStatus.IvrInvalidInput;
            case HangUpPoint.AfterNoInput:
                return CallStatus.IvrNoInput;
            default:
                return CallStatus.CallerHungUpBeforeAnswer;
        }
    }

    /// <summary>A caller who leaves before anyone answers; one whom a menu's fallback was still connecting failed in the menu.</summary>
    private CallStatus StatusOfCallerWhoLeft() => menuFailure switch
    {
        MenuFailure.NoInput => CallStatus.IvrNoInput,
        MenuFailure.InvalidInput => CallStatus.IvrInvalidInput,
        _ => CallStatus.CallerHungUpBeforeAnswer,
    };
}
