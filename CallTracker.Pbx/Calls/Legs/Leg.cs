using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
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
}
