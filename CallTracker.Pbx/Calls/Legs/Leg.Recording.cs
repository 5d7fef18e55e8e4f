using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls.Legs;

public sealed partial class Leg
{
    /// <summary>After a hangup during a recording, Asterisk still sends RecordingFinished; this is how long we wait for it.</summary>
    private static readonly TimeSpan RecordingGrace = TimeSpan.FromSeconds(3);

    public async Task<RecordOutcome> RecordAsync(RecordSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (IsHungUp)
        {
            return new RecordOutcome(RecordStatus.HungUp, null, TimeSpan.Zero, null);
        }

        var finished = session.ExpectRecording(spec.Name);
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
            await session.Ari.Channels.RecordAsync(Id, request, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound)
        {
            MarkEnded();
            return new RecordOutcome(RecordStatus.HungUp, null, TimeSpan.Zero, null);
        }
        catch (AriException e)
        {
            return new RecordOutcome(RecordStatus.Failed, spec.Name, TimeSpan.Zero, e.AsteriskMessage ?? e.Message);
        }

        var outcome = await WaitForRecordingAsync(spec, finished, cancellationToken);

        // The terminating '#' also arrived as a digit; it ended the message and is no menu input.
        DiscardBufferedDigits();
        return outcome;
    }

    private async Task<RecordOutcome> WaitForRecordingAsync(RecordSpec spec, Task<AriEvent> finished, CancellationToken cancellationToken)
    {
        var time = session.Time;
        var deadline = time.GetUtcNow() + spec.MaxDuration + session.Limits.PromptTimeout;
        var wake = await CallWaits.FirstAsync(deadline - time.GetUtcNow(), time, cancellationToken, finished, Ended);
        if (wake == 1)
        {
            wake = await CallWaits.FirstAsync(RecordingGrace, time, cancellationToken, finished);
        }

        switch (wake < 0 ? null : await finished)
        {
            case RecordingFinishedEvent done:
                var duration = TimeSpan.FromSeconds(done.Recording.Duration ?? 0);
                var status = IsHungUp ? RecordStatus.HungUp : duration > TimeSpan.Zero ? RecordStatus.Recorded : RecordStatus.Empty;
                return new RecordOutcome(status, spec.Name, duration, null);
            case RecordingFailedEvent failed:
                return new RecordOutcome(RecordStatus.Failed, spec.Name, TimeSpan.Zero, failed.Recording.Cause);
            case null when IsHungUp:
                return new RecordOutcome(RecordStatus.HungUp, spec.Name, TimeSpan.Zero, null);
            default:
                await session.Ari.Recordings.StopLiveAsync(spec.Name, cancellationToken);
                return new RecordOutcome(RecordStatus.Failed, spec.Name, TimeSpan.Zero, "Asterisk never finished the recording");
        }
    }
}
