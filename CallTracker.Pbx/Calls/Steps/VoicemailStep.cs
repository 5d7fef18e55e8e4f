using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>Prompts to the caller, then their message recorded; or, for an off-hours message, prompts and goodbye.</summary>
internal static partial class VoicemailStep
{
    /// <returns>True when a message was kept.</returns>
    public static async Task<bool> TakeAsync(CallSession session, Leg caller, IReadOnlyList<string> prompts, CancellationToken cancellationToken)
    {
        using var watch = session.Watchdog.Watch("the caller's voicemail", session.Limits.StepTimeout);
        await caller.StopHoldMusicAsync(cancellationToken);
        await caller.AnswerAsync(cancellationToken);
        foreach (var prompt in prompts)
        {
            await caller.PlayAsync(prompt, stopOnDigit: false, cancellationToken);
        }

        var services = session.Services;
        var name = $"voicemail/{session.Time.GetUtcNow().UtcDateTime:yyyy-MM-dd}/{session.CallId}";
        var result = await services.Voicemail.TakeAsync(caller, name, cancellationToken);
        var seconds = Steps.MenuStep.WholeSeconds(result.Duration);
        var path = result.Status == VoicemailStatus.Kept ? services.Recordings.PathOf(result.Name!, services.VoicemailFormat) : null;
        session.Publish(new VoicemailTaken(result.Status.ToString(), result.Name, path, seconds, result.FailureCause));
        if (path is not null)
        {
            LogVoicemailKept(session.Logger, path, seconds);
            return true;
        }

        if (result.Status == VoicemailStatus.Discarded && result.Name is not null)
        {
            await session.Ari.Recordings.DeleteStoredAsync(result.Name, cancellationToken);
        }

        return false;
    }

    /// <summary>Answers, plays the prompts to the end, and hangs up.</summary>
    public static async Task PlayMessageAsync(CallSession session, Leg caller, IReadOnlyList<string> prompts, CancellationToken cancellationToken)
    {
        using var watch = session.Watchdog.Watch("the off-hours message", session.Limits.StepTimeout);
        await caller.AnswerAsync(cancellationToken);
        foreach (var prompt in prompts)
        {
            await caller.PlayAsync(prompt, stopOnDigit: false, cancellationToken);
        }

        await caller.HangupAsync(HangupReason.Normal, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Caller left a {Seconds} s voicemail: {Path}")]
    private static partial void LogVoicemailKept(ILogger logger, string path, int seconds);
}
