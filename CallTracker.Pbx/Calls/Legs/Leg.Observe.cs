using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Calls.Legs;

public sealed partial class Leg
{
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
