using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls.Legs;

public sealed partial class Leg
{
    /// <summary>Asterisk hangs an unanswered leg up at the dial timeout; this margin only guards against a lost event.</summary>
    private static readonly TimeSpan RingGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Waits for a leg we dialled to answer or stop ringing, for <paramref name="ringTime"/> and a grace; a leg that
    /// did not answer is hung up, because after BUSY or CONGESTION Asterisk keeps it for seconds.
    /// </summary>
    internal async Task<DialOutcome> RingOutcomeAsync(TimeSpan ringTime, CancellationToken cancellationToken)
    {
        var outcome = await CallWaits.FirstAsync(ringTime + RingGrace, session.Time, cancellationToken, Rung) < 0
            ? DialOutcome.NoAnswer
            : await Rung;
        if (outcome != DialOutcome.Answered)
        {
            await HangupAsync(outcome == DialOutcome.NoAnswer ? HangupReason.NoAnswer : HangupReason.Normal, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Takes in one of the call's ARI events; runs on the session's reader, never waits.</summary>
    internal void Observe(AriEvent ariEvent)
    {
        if (ariEvent is ChannelDtmfReceivedEvent dtmf)
        {
            if (dtmf.Channel.Id == Id && dtmf.Digit.Length == 1)
            {
                digits.Enqueue(dtmf.Digit[0]);
                Interlocked.Exchange(ref digitSignal, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }

            return;
        }

        if (ariEvent is DialEvent dial && dial.Peer.Id == Id && LegEvents.OutcomeOf(dial.Dialstatus) is { } outcome)
        {
            SetRung(outcome);
        }
        else if (LegEvents.IsAnswered(ariEvent, Id))
        {
            SetRung(DialOutcome.Answered);
        }
        else if (LegEvents.IsGone(ariEvent, Id))
        {
            rung.TrySetResult(LegEvents.OutcomeOfHangup(ariEvent));
            MarkEnded();
        }
    }

    private void SetRung(DialOutcome outcome)
    {
        if (outcome == DialOutcome.Answered)
        {
            answered.TrySetResult();
        }

        rung.TrySetResult(outcome);
    }

    /// <returns>True when this call marked it: the leg was not gone before.</returns>
    private bool MarkEnded()
    {
        if (!ended.TrySetResult())
        {
            return false;
        }

        try
        {
            gone.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call has finished; nobody waits on the token any more.
        }

        return true;
    }
}
