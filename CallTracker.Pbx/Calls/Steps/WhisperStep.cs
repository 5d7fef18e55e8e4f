using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>
/// Tells the manager who answered where the call comes from, before the caller is put through; with RequireAccept,
/// only a 1 takes the call. The caller keeps hearing ringing or hold music meanwhile, and leaving ends the whisper.
/// </summary>
internal static class WhisperStep
{
    /// <returns>True when the manager takes the call.</returns>
    public static async Task<bool> RunAsync(CallSession session, Leg caller, Leg manager, string endpoint, WhisperOptions whisper, Task<string?> source, CancellationToken cancellationToken)
    {
        using var watch = session.Watchdog.Watch($"the whisper to {endpoint}", session.Limits.StepTimeout);
        using var whileCallerWaits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, caller.Gone);
        string? known = null;
        var accepted = false;
        try
        {
            known = await source.WaitAsync(whileCallerWaits.Token);
            if (whisper.PromptFor(known) is { } prompt)
            {
                await manager.PlayAsync(prompt, stopOnDigit: whisper.RequireAccept, whileCallerWaits.Token);
            }

            accepted = !whisper.RequireAccept || await AcceptedAsync(manager, whisper, whileCallerWaits.Token);
        }
        catch (OperationCanceledException) when (caller.IsHungUp && !cancellationToken.IsCancellationRequested)
        {
            // The caller left mid-whisper; the ring strategy sees it and stops.
        }

        session.Publish(new WhisperPlayed(endpoint, known, accepted));
        return accepted && !manager.IsHungUp && !caller.IsHungUp;
    }

    private static async Task<bool> AcceptedAsync(Leg manager, WhisperOptions whisper, CancellationToken cancellationToken)
    {
        if (whisper.AcceptPrompt is { } acceptPrompt)
        {
            await manager.PlayAsync(acceptPrompt, stopOnDigit: true, cancellationToken);
        }

        var pressed = await manager.ReadDigitAsync(TimeSpan.FromSeconds(whisper.AcceptTimeoutSeconds), cancellationToken);
        return pressed.Status == DigitStatus.Digit && pressed.Digit == '1';
    }
}
