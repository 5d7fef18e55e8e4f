using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    private const string RecordingFormat = "wav";

    /// <summary>After the stop request Asterisk sends RecordingFinished with the length; this is how long we wait for it.</summary>
    private static readonly TimeSpan RecordingFinishGrace = TimeSpan.FromSeconds(3);

    private string? recordingName;
    private string? recordingPath;
    private int? recordingSeconds;

    /// <summary>Records the bridge, not a channel: Asterisk refuses to record a channel that is in a bridge.</summary>
    private async Task StartRecordingAsync(CancellationToken cancellationToken)
    {
        var name = $"calls/{arrivedAt.UtcDateTime:yyyy-MM-dd}/{CallId}";
        registry.Claim(name, this);
        try
        {
            await ari.Bridges.RecordAsync(bridgeId!, new RecordRequest { Name = name, Format = RecordingFormat, IfExists = "overwrite" }, cancellationToken);
            recordingName = name;
            await journal.AppendAsync(CallId, "RecordingStarted", new { name }, cancellationToken);
        }
        catch (AriException e)
        {
            // A conversation is worth more than its recording: it goes on, and the failure is on the call.
            await journal.AppendAsync(CallId, "RecordingFailed", new { name, error = e.Message }, cancellationToken);
        }
    }

    private async Task FinishRecordingAsync(CancellationToken cancellationToken)
    {
        if (recordingName is null)
        {
            return;
        }

        var name = recordingName;
        recordingName = null;
        try
        {
            await ari.Recordings.StopLiveAsync(name, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound)
        {
            // Already finished: the bridge emptied, and Asterisk ended it on its own.
        }

        var deadline = time.GetUtcNow() + RecordingFinishGrace;
        int? duration = null;
        while (duration is null && await inbox.ReadAsync(deadline - time.GetUtcNow(), cancellationToken) is { } next)
        {
            duration = next switch
            {
                RecordingFinishedEvent finished when finished.Recording.Name == name => finished.Recording.Duration ?? 0,
                RecordingFailedEvent failed when failed.Recording.Name == name => -1,
                _ => null,
            };
            IsCallerGone(next);
        }

        recordingPath = duration is null or < 0 ? null : services.Recordings.PathOf(name, RecordingFormat);
        recordingSeconds = duration is null or < 0 ? null : duration;
        await journal.AppendAsync(CallId, "RecordingFinished", new { name, path = recordingPath, seconds = recordingSeconds }, cancellationToken);
    }
}
