using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr.Voicemail;

/// <summary>Takes a message: the prompt, the beep, a recording that '#', silence, the length limit or a hangup ends.</summary>
public sealed partial class VoicemailTaker
{
    private const char Terminator = '#';

    private readonly IOptions<VoicemailOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<VoicemailTaker> logger;

    public VoicemailTaker(IOptions<VoicemailOptions> options, TimeProvider time, ILogger<VoicemailTaker> logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    /// <param name="recordingName">Unique per message (e.g. from the call id): the service chooses it, so it can match events and find the file.</param>
    public async Task<VoicemailResult> TakeAsync(ICallLeg leg, string recordingName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leg);
        var settings = options.Value;
        var player = new DigitCollector(leg, time);
        var prompts = await player.PlayPromptsAsync(settings.Prompt, cancellationToken);
        if (prompts.Status == PromptsStatus.HungUp)
        {
            return new VoicemailResult(VoicemailStatus.HungUpBeforeRecording, null, TimeSpan.Zero);
        }

        // A key that skipped the prompt must not linger for whoever reads digits after the message.
        leg.DiscardBufferedDigits();
        var spec = new RecordSpec(
            recordingName,
            settings.Format,
            TimeSpan.FromSeconds(settings.MaxDurationSeconds),
            TimeSpan.FromSeconds(settings.MaxSilenceSeconds),
            Terminator,
            settings.Beep);
        var recording = await leg.RecordAsync(spec, cancellationToken);
        switch (recording.Status)
        {
            case RecordStatus.Failed:
                LogRecordingFailed(logger, recordingName, recording.FailureCause);
                return new VoicemailResult(VoicemailStatus.Failed, null, TimeSpan.Zero, recording.FailureCause);
            case RecordStatus.Empty:
            case RecordStatus.Recorded or RecordStatus.HungUp when recording.Duration < TimeSpan.FromSeconds(settings.MinDurationSeconds):
                return new VoicemailResult(VoicemailStatus.Discarded, recording.Name, recording.Duration);
        }

        // Most callers end a message by hanging up; only one still on the line hears that it was saved.
        if (recording.Status == RecordStatus.Recorded)
        {
            await player.PlayPromptsAsync(settings.AfterRecording, cancellationToken);
        }

        return new VoicemailResult(VoicemailStatus.Kept, recording.Name ?? recordingName, recording.Duration);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Voicemail {RecordingName} could not be recorded: {Cause}")]
    private static partial void LogRecordingFailed(ILogger logger, string recordingName, string? cause);
}
