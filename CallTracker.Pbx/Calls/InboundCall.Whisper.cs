using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    /// <summary>
    /// Tells the manager who answered where the call comes from, before the caller is put through; with RequireAccept,
    /// only a 1 takes the call. The caller keeps hearing ringing or hold music meanwhile.
    /// </summary>
    private async Task<RingOutcome> WhisperAsync(string legId, WhisperOptions whisper, CancellationToken cancellationToken)
    {
        // The manager's leg reads the call's inbox now, so it must notice the caller leaving too.
        var leg = ManagerLeg(legId, e => LegEvents.IsGone(e, legId) || IsCallerGone(e));
        if (whisper.PromptFor(source) is { } prompt)
        {
            await leg.PlayAsync(prompt, stopOnDigit: whisper.RequireAccept, cancellationToken);
        }

        var accepted = !whisper.RequireAccept || await AcceptedAsync(leg, whisper, cancellationToken);
        await journal.AppendAsync(CallId, "Whisper", new { source, accepted }, cancellationToken);
        if (callerGone)
        {
            await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
            return RingOutcome.CallerHungUp;
        }

        if (leg.IsHungUp)
        {
            liveLegs.Remove(legId);
            return RingOutcome.NoAnswer;
        }

        if (!accepted)
        {
            await HangupLegAsync(legId, HangupReason.Normal, cancellationToken);
            return RingOutcome.Rejected;
        }

        managerAnsweredAt = time.GetUtcNow();
        return RingOutcome.Answered;
    }

    private static async Task<bool> AcceptedAsync(AriCallLeg leg, WhisperOptions whisper, CancellationToken cancellationToken)
    {
        if (whisper.AcceptPrompt is { } acceptPrompt)
        {
            await leg.PlayAsync(acceptPrompt, stopOnDigit: true, cancellationToken);
        }

        var pressed = await leg.ReadDigitAsync(TimeSpan.FromSeconds(whisper.AcceptTimeoutSeconds), cancellationToken);
        return pressed.Status == DigitStatus.Digit && pressed.Digit == '1';
    }

    private AriCallLeg ManagerLeg(string legId, Func<Ari.Events.AriEvent, bool> isGone) =>
        new(ari, inbox, id => registry.Claim(id, this), isGone, legId, legId, services.Language, time, limits.PromptTimeout, logger);
}
