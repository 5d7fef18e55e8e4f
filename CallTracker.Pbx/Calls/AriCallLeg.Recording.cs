using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls;

internal sealed partial class AriCallLeg
{
    public async Task<RecordOutcome> RecordAsync(RecordSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (IsHungUp)
        {
            return new RecordOutcome(RecordStatus.HungUp, null, TimeSpan.Zero, null);
        }

        claim(spec.Name);
        var request = new RecordRequest
        {
            Name = spec.Name,
            Format = spec.Format,
            MaxDurationSeconds = (int)Math.Ceiling(spec.MaxDuration.TotalSeconds),
            MaxSilenceSeconds = spec.MaxSilence > TimeSpan.Zero ? (int)Math.Ceiling(spec.MaxSilence.TotalSeconds) : null,
            TerminateOn = spec.TerminateOn?.ToString() ?? "none",
            Beep = spec.Beep,
            IfExists = "overwrite",
        };
        try
        {
            await ari.Channels.RecordAsync(channelId, request, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound)
        {
            IsHungUp = true;
            return new RecordOutcome(RecordStatus.HungUp, null, TimeSpan.Zero, null);
        }
        catch (AriException e)
        {
            return new RecordOutcome(RecordStatus.Failed, spec.Name, TimeSpan.Zero, e.AsteriskMessage ?? e.Message);
        }

        var outcome = await WaitForRecordingAsync(spec, cancellationToken);

        // The terminating '#' also arrived as a digit; it ended the message and is no menu input.
        DiscardBufferedDigits();
        return outcome;
    }

    private async Task<RecordOutcome> WaitForRecordingAsync(RecordSpec spec, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + spec.MaxDuration + promptTimeout;
        while (true)
        {
            var wait = IsHungUp ? RecordingGrace : deadline - time.GetUtcNow();
            var next = await NextAsync(wait, cancellationToken);
            switch (next)
            {
                case null when IsHungUp:
                    return new RecordOutcome(RecordStatus.HungUp, spec.Name, TimeSpan.Zero, null);
                case null:
                    await ari.Recordings.StopLiveAsync(spec.Name, cancellationToken);
                    return new RecordOutcome(RecordStatus.Failed, spec.Name, TimeSpan.Zero, "Asterisk never finished the recording");
                case RecordingFinishedEvent finished when finished.Recording.Name == spec.Name:
                    var duration = TimeSpan.FromSeconds(finished.Recording.Duration ?? 0);
                    var status = IsHungUp ? RecordStatus.HungUp : duration > TimeSpan.Zero ? RecordStatus.Recorded : RecordStatus.Empty;
                    return new RecordOutcome(status, spec.Name, duration, null);
                case RecordingFailedEvent failed when failed.Recording.Name == spec.Name:
                    return new RecordOutcome(RecordStatus.Failed, spec.Name, TimeSpan.Zero, failed.Recording.Cause);
            }
        }
    }
}
