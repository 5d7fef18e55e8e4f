using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// The voice-menu engine's view of one channel: prompts, keypad digits and recordings over ARI. It reads the owning
/// call's inbox while the call waits on the menu, so events still arrive in order and through one reader.
/// </summary>
internal sealed partial class AriCallLeg : ICallLeg
{
    /// <summary>A media URI Asterisk cannot play is Started and never Finished; nothing we play is this long.</summary>
    private static readonly TimeSpan PlaybackGuard = TimeSpan.FromMinutes(10);

    /// <summary>After a hangup during a recording, Asterisk still sends RecordingFinished; this is how long we wait for it.</summary>
    private static readonly TimeSpan RecordingGrace = TimeSpan.FromSeconds(3);

    private readonly AriClient ari;
    private readonly CallInbox inbox;
    private readonly Action<string> claim;
    private readonly Func<AriEvent, bool> isGone;
    private readonly string channelId;
    private readonly string idPrefix;
    private readonly string? language;
    private readonly TimeProvider time;
    private readonly Queue<char> digits = new();
    private int sequence;

    public AriCallLeg(AriClient ari, CallInbox inbox, Action<string> claim, Func<AriEvent, bool> isGone, string channelId, string idPrefix, string? language, TimeProvider time)
    {
        this.time = time;
        this.ari = ari;
        this.inbox = inbox;
        this.claim = claim;
        this.isGone = isGone;
        this.channelId = channelId;
        this.idPrefix = idPrefix;
        this.language = language;
    }

    public bool IsHungUp { get; private set; }

    public async Task<PlayOutcome> PlayAsync(string media, bool stopOnDigit, CancellationToken cancellationToken)
    {
        if (IsHungUp)
        {
            return new PlayOutcome(PlayStatus.HungUp);
        }

        if (stopOnDigit && digits.Count > 0)
        {
            return new PlayOutcome(PlayStatus.StoppedByDigit);
        }

        var playbackId = $"{idPrefix}-pb{++sequence}";
        claim(playbackId);
        try
        {
            await ari.Channels.PlayAsync(channelId, media, playbackId, language, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound || e.IsConflict)
        {
            IsHungUp = true;
            return new PlayOutcome(PlayStatus.HungUp);
        }

        var deadline = time.GetUtcNow() + PlaybackGuard;
        while (true)
        {
            var next = await NextAsync(deadline - time.GetUtcNow(), cancellationToken);
            if (next is null)
            {
                await ari.Playbacks.StopAsync(playbackId, cancellationToken);
                return new PlayOutcome(PlayStatus.Failed);
            }

            if (IsHungUp)
            {
                return new PlayOutcome(PlayStatus.HungUp);
            }

            if (stopOnDigit && digits.Count > 0)
            {
                await ari.Playbacks.StopAsync(playbackId, cancellationToken);
                return new PlayOutcome(PlayStatus.StoppedByDigit);
            }

            if (next is PlaybackFinishedEvent finished && finished.Playback.Id == playbackId)
            {
                return new PlayOutcome(finished.Playback.State == "failed" ? PlayStatus.Failed : PlayStatus.Finished);
            }
        }
    }

    public async Task<DigitOutcome> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            if (digits.TryDequeue(out var digit))
            {
                return new DigitOutcome(DigitStatus.Digit, digit);
            }

            if (IsHungUp)
            {
                return new DigitOutcome(DigitStatus.HungUp);
            }

            if (await NextAsync(deadline - time.GetUtcNow(), cancellationToken) is null)
            {
                return new DigitOutcome(DigitStatus.Timeout);
            }
        }
    }

    public void DiscardBufferedDigits() => digits.Clear();

    /// <summary>Reads the next event; buffers this channel's digits and notes its hangup on the way.</summary>
    private async Task<AriEvent?> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = await inbox.ReadAsync(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, cancellationToken);
        if (next is ChannelDtmfReceivedEvent dtmf && dtmf.Channel.Id == channelId && dtmf.Digit.Length == 1)
        {
            digits.Enqueue(dtmf.Digit[0]);
        }
        else if (next is not null && isGone(next))
        {
            IsHungUp = true;
        }

        return next;
    }
}
