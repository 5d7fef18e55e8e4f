using CallTracker.Ivr.Menus;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>Answers the caller and runs a voice menu from menus.json; publishes the path the caller took.</summary>
internal static class MenuStep
{
    public static async Task<MenuResult> RunAsync(CallSession session, Leg caller, string menuId, CancellationToken cancellationToken)
    {
        await caller.AnswerAsync(cancellationToken);
        MenuResult result;
        using (session.Watchdog.Watch($"the caller in voice menu {menuId}", session.Limits.StepTimeout))
        {
            result = await session.Services.Menus.RunAsync(caller, menuId, cancellationToken);
        }

        foreach (var step in result.Path)
        {
            session.Publish(new MenuStepTaken(step.Kind.ToString(), step.MenuId, step.Detail, (long)step.At.TotalMilliseconds));
        }

        var listened = result.HangUp is { Point: HangUpPoint.InGreeting } hangUp ? WholeSeconds(hangUp.ListenedFor) : (int?)null;
        session.Publish(new MenuFinished(
            result.Exit.ToString(), result.Target, result.Failure?.ToString(), result.NoInputs, result.InvalidInputs, (long)result.Elapsed.TotalMilliseconds, listened));
        return result;
    }

    internal static int WholeSeconds(TimeSpan span) => (int)Math.Round(Math.Max(0, span.TotalSeconds), MidpointRounding.AwayFromZero);
}
