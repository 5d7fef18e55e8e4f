using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Legs;

public sealed partial class Leg : ICallLeg
{
    private int playbacks;

    /// <summary>Completes when a digit is waiting; the signal is read before the queue, so no digit slips between.</summary>
    private Task DigitWaiting
    {
        get
        {
            var signal = Volatile.Read(ref digitSignal).Task;
            return digits.IsEmpty ? signal : Task.CompletedTask;
        }
    }

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

        var playbackId = $"{idPrefix}-pb{Interlocked.Increment(ref playbacks)}";
        var finished = session.ExpectPlayback(playbackId);
        try
        {
            await session.Ari.Channels.PlayAsync(Id, media, playbackId, session.Language, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound || e.IsConflict)
        {
            MarkEnded();
            return new PlayOutcome(PlayStatus.HungUp);
        }

        return await WaitForPlaybackAsync(playbackId, media, finished, stopOnDigit, cancellationToken);
    }

    /// <summary>
    /// Waits for the playback's end. A digit stops it when asked to; a playback Asterisk cannot stop (digits:, number:,
    /// characters:) plays on, and the digit counts once it ends. Past the deadline, or after a reconnect that may have
    /// lost PlaybackFinished, Asterisk is asked whether the playback still exists.
    /// </summary>
    private async Task<PlayOutcome> WaitForPlaybackAsync(string playbackId, string media, Task<PlaybackFinishedEvent> finished, bool stopOnDigit, CancellationToken cancellationToken)
    {
        var time = session.Time;
        var deadline = time.GetUtcNow() + session.Limits.PromptTimeout;
        var stopAsked = false;
        while (true)
        {
            var reconciled = session.Reconciled;
            var digit = stopOnDigit && !stopAsked ? DigitWaiting : Never;
            var wake = await CallWaits.FirstAsync(deadline - time.GetUtcNow(), time, cancellationToken, Ended, finished, reconciled, digit);
            switch (wake)
            {
                case 0:
                    return new PlayOutcome(PlayStatus.HungUp);
                case -1:
                    LogPromptOverdue(session.Logger, playbackId, media, session.Limits.PromptTimeout.TotalSeconds);
                    return await GiveUpOnPlaybackAsync(playbackId, stopOnDigit, cancellationToken);
                case 1:
                    var failed = (await finished).Playback.State == "failed";
                    return new PlayOutcome(DigitStops(stopOnDigit) ? PlayStatus.StoppedByDigit : failed ? PlayStatus.Failed : PlayStatus.Finished);
                case 2 when await session.Ari.Playbacks.GetAsync(playbackId, cancellationToken) is null:
                    return new PlayOutcome(DigitStops(stopOnDigit) ? PlayStatus.StoppedByDigit : PlayStatus.Finished);
                case 3:
                    stopAsked = true;
                    if (await session.Ari.Playbacks.StopAsync(playbackId, cancellationToken) != PlaybackStop.NotStoppable)
                    {
                        return new PlayOutcome(PlayStatus.StoppedByDigit);
                    }

                    break;
            }
        }
    }

    private async Task<PlayOutcome> GiveUpOnPlaybackAsync(string playbackId, bool stopOnDigit, CancellationToken cancellationToken)
    {
        if (await session.Ari.Playbacks.GetAsync(playbackId, cancellationToken) is null)
        {
            // It ended and its PlaybackFinished never reached us.
            return new PlayOutcome(DigitStops(stopOnDigit) ? PlayStatus.StoppedByDigit : PlayStatus.Finished);
        }

        await session.Ari.Playbacks.StopAsync(playbackId, cancellationToken);
        return new PlayOutcome(PlayStatus.Failed);
    }

    public async Task<DigitOutcome> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var time = session.Time;
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

            if (await CallWaits.FirstAsync(deadline - time.GetUtcNow(), time, cancellationToken, DigitWaiting, Ended) < 0)
            {
                return new DigitOutcome(DigitStatus.Timeout);
            }
        }
    }

    public void DiscardBufferedDigits() => digits.Clear();

    /// <summary>A key is waiting that ends a playback started with stopOnDigit.</summary>
    private bool DigitStops(bool stopOnDigit) => stopOnDigit && !digits.IsEmpty;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Playback {PlaybackId} ({Media}) did not finish within {Seconds:0} s; asking Asterisk what became of it")]
    private static partial void LogPromptOverdue(ILogger logger, string playbackId, string media, double seconds);
}
