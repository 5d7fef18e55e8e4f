using CallTracker.Ivr.Voicemail;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    private string? voicemailPath;
    private int? voicemailSeconds;

    /// <summary>Records the caller's message after <paramref name="prompts"/>.</summary>
    /// <param name="statusWithoutMessage">The call's status when no message is kept.</param>
    private async Task<CallStatus> TakeVoicemailAsync(IReadOnlyList<string> prompts, CallStatus statusWithoutMessage, CancellationToken cancellationToken)
    {
        using var watch = watchdog.Watch("the caller's voicemail", limits.StepTimeout);
        await StopHoldMusicAsync(cancellationToken);
        await AnswerCallerAsync(cancellationToken);
        foreach (var prompt in prompts)
        {
            await CallerLeg.PlayAsync(prompt, stopOnDigit: false, cancellationToken);
        }

        var name = $"voicemail/{arrivedAt.UtcDateTime:yyyy-MM-dd}/{CallId}";
        var result = await services.Voicemail.TakeAsync(CallerLeg, name, cancellationToken);
        await journal.AppendAsync(CallId, "Voicemail" + result.Status, new { result.Name, seconds = WholeSeconds(result.Duration), result.FailureCause }, cancellationToken);
        switch (result.Status)
        {
            case VoicemailStatus.Kept:
                voicemailPath = services.Recordings.PathOf(result.Name!, services.VoicemailFormat);
                voicemailSeconds = WholeSeconds(result.Duration);
                LogVoicemailKept(logger, voicemailPath, voicemailSeconds.Value);
                return CallStatus.Voicemail;
            case VoicemailStatus.Discarded when result.Name is not null:
                await ari.Recordings.DeleteStoredAsync(result.Name, cancellationToken);
                break;
        }

        return CallerLeg.IsHungUp && statusWithoutMessage == CallStatus.CallerHungUpBeforeAnswer ? StatusOfCallerWhoLeft() : statusWithoutMessage;
    }

    /// <summary>Answers, plays the prompts to the end, and hangs up.</summary>
    private async Task PlayMessageAsync(IReadOnlyList<string> prompts, CancellationToken cancellationToken)
    {
        using var watch = watchdog.Watch("the off-hours message", limits.StepTimeout);
        await AnswerCallerAsync(cancellationToken);
        foreach (var prompt in prompts)
        {
            await CallerLeg.PlayAsync(prompt, stopOnDigit: false, cancellationToken);
        }

        await ari.Channels.HangupAsync(caller.Id, HangupReason.Normal, cancellationToken);
        callerGone = true;
    }
}
