using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls.Legs;

/// <summary>
/// A handle on one channel of a call: answer, ring, music on hold, hang up, and what is known about it (answered, gone,
/// digits pressed). Its owning session's single reader hands it the channel's ARI events; the call's steps await the
/// tasks it exposes. The voice-menu engine drives it through <see cref="Ivr.Prompts.ICallLeg"/>.
/// </summary>
public sealed partial class Leg : IDisposable
{
    private static readonly Task Never = new TaskCompletionSource().Task;

    private readonly CallSession session;
    private readonly string idPrefix;
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<DialOutcome> rung = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource gone = new();
    private readonly ConcurrentQueue<char> digits = new();
    private TaskCompletionSource digitSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int answeredByUs;
    private int holdMusic;

    internal Leg(CallSession session, string id, string idPrefix)
    {
        this.session = session;
        this.idPrefix = idPrefix;
        Id = id;
    }

    public string Id { get; }

    /// <summary>Completes when the channel is answered (its state went Up).</summary>
    public Task Answered => answered.Task;

    /// <summary>Completes when the channel is gone: hung up by either side, or handed back to the dialplan.</summary>
    public Task Ended => ended.Task;

    /// <summary>Cancelled when the channel is gone.</summary>
    public CancellationToken Gone => gone.Token;

    public bool IsHungUp => ended.Task.IsCompleted;

    /// <summary>We answered the channel (a caller in a menu, or on a route that answers at once).</summary>
    public bool WasAnsweredByUs => Volatile.Read(ref answeredByUs) == 1;

    /// <summary>For a leg we dialled: how the ringing ended, as Asterisk told it.</summary>
    internal Task<DialOutcome> Rung => rung.Task;

    public void Dispose() => gone.Dispose();

    public async Task AnswerAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref answeredByUs, 1) == 0)
        {
            await session.Ari.Channels.AnswerAsync(Id, cancellationToken);
        }
    }

    /// <summary>The caller hears ringing until the leg is answered or joined to a manager.</summary>
    public Task RingAsync(CancellationToken cancellationToken) => session.Ari.Channels.RingAsync(Id, cancellationToken);

    /// <summary>Ends the ringing tone of <see cref="RingAsync"/> on a leg already answered, which Asterisk plays itself; a leg gone rings no more.</summary>
    public async Task StopRingingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await session.Ari.Channels.StopRingingAsync(Id, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound || e.IsConflict)
        {
            MarkEnded();
        }
    }

    public async Task StartHoldMusicAsync(string mohClass, CancellationToken cancellationToken)
    {
        await session.Ari.Channels.StartMohAsync(Id, mohClass, cancellationToken);
        Volatile.Write(ref holdMusic, 1);
    }

    public async Task StopHoldMusicAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref holdMusic, 0) == 1)
        {
            await session.Ari.Channels.StopMohAsync(Id, cancellationToken);
        }
    }

    /// <summary>Hangs the channel up unless it is gone already; a leg that was still ringing counts as cancelled.</summary>
    public async Task HangupAsync(HangupReason reason, CancellationToken cancellationToken)
    {
        if (MarkEnded())
        {
            rung.TrySetResult(DialOutcome.Cancelled);
            await session.Ari.Channels.HangupAsync(Id, reason, cancellationToken);
        }
    }

    /// <summary>Sends the channel on in the dialplan, where it came from; it leaves the app and this call.</summary>
    public async Task ContinueInDialplanAsync(CancellationToken cancellationToken)
    {
        await session.Ari.Channels.ContinueInDialplanAsync(Id, null, null, null, cancellationToken);
        MarkEnded();
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
