using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// The voice-menu engine's view of one channel: prompts, keypad digits and recordings over ARI. It reads the owning
/// call's inbox while the call waits on the menu, so events still arrive in order and through one reader.
/// </summary>
internal sealed partial class AriCallLeg : ICallLeg
{
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
    private readonly TimeSpan promptTimeout;
    private readonly ILogger logger;
    private readonly Queue<char> digits = new();
    private int sequence;

    public AriCallLeg(AriClient ari, CallInbox inbox, Action<string> claim, Func<AriEvent, bool> isGone, string channelId, string idPrefix, string? language, TimeProvider time, TimeSpan promptTimeout, ILogger logger)
    {
        this.time = time;
        this.promptTimeout = promptTimeout;
        this.logger = logger;
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

        if (DigitStops(stopOnDigit))
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

        return await WaitForPlaybackAsync(playbackId, media, stopOnDigit, cancellationToken);
    }

    /// <summary>
    /// Waits for the playback's end. A digit stops it when asked to; a playback Asterisk cannot stop (digits:, number:,
    /// characters:) plays on, and the digit counts once it ends. Past the deadline, or after a reconnect that may have
    /// lost PlaybackFinished, Asterisk is asked whether the playback still exists.
    /// </summary>
    private async Task<PlayOutcome> WaitForPlaybackAsync(string playbackId, string media, bool stopOnDigit, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + promptTimeout;
        var stopAsked = false;
        while (true)
        {
            var next = await NextAsync(deadline - time.GetUtcNow(), cancellationToken);
            if (IsHungUp)
            {
                return new PlayOutcome(PlayStatus.HungUp);
            }

            if (next is null)
            {
                LogPromptOverdue(logger, playbackId, media, promptTimeout.TotalSeconds);
                return await GiveUpOnPlaybackAsync(playbackId, stopOnDigit, cancellationToken);
            }

            var digitStops = DigitStops(stopOnDigit);
            if (next is PlaybackFinishedEvent finished && finished.Playback.Id == playbackId)
            {
                return new PlayOutcome(digitStops ? PlayStatus.StoppedByDigit : finished.Playback.State == "failed" ? PlayStatus.Failed : PlayStatus.Finished);
            }

            if (next is ChannelsReconciled && await ari.Playbacks.GetAsync(playbackId, cancellationToken) is null)
            {
                return new PlayOutcome(digitStops ? PlayStatus.StoppedByDigit : PlayStatus.Finished);
            }

            if (digitStops && !stopAsked)
            {
                stopAsked = true;
                if (await ari.Playbacks.StopAsync(playbackId, cancellationToken) != PlaybackStop.NotStoppable)
                {
                    return new PlayOutcome(PlayStatus.StoppedByDigit);
                }
            }
        }
    }

    private async Task<PlayOutcome> GiveUpOnPlaybackAsync(string playbackId, bool stopOnDigit, CancellationToken cancellationToken)
    {
        if (await ari.Playbacks.GetAsync(playbackId, cancellationToken) is null)
        {
            // It ended and its PlaybackFinished never reached us.
            return new PlayOutcome(DigitStops(stopOnDigit) ? PlayStatus.StoppedByDigit : PlayStatus.Finished);
        }

        await ari.Playbacks.StopAsync(playbackId, cancellationToken);
        return new PlayOutcome(PlayStatus.Failed);
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

    /// <summary>A key is waiting that ends a playback started with stopOnDigit.</summary>
    private bool DigitStops(bool stopOnDigit) => stopOnDigit && digits.Count > 0;

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Playback {PlaybackId} ({Media}) did not finish within {Seconds:0} s; asking Asterisk what became of it")]
    private static partial void LogPromptOverdue(ILogger logger, string playbackId, string media, double seconds);
}
