using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>Records the conversation (the bridge) to calls/yyyy-MM-dd/&lt;call id&gt;.</summary>
internal static class RecordingStep
{
    private const string Format = "wav";

    /// <summary>After the stop request Asterisk sends RecordingFinished with the length; this is how long we wait for it.</summary>
    private static readonly TimeSpan FinishGrace = TimeSpan.FromSeconds(3);

    /// <returns>The recording under way; null when Asterisk refused it (a conversation is worth more than its recording).</returns>
    public static async Task<LiveRecording?> StartAsync(CallSession session, Bridge bridge, CancellationToken cancellationToken)
    {
        var name = $"calls/{session.Time.GetUtcNow().UtcDateTime:yyyy-MM-dd}/{session.CallId}";
        try
        {
            var finished = await bridge.RecordAsync(name, Format, cancellationToken);
            session.Publish(new RecordingStarted(name));
            return new LiveRecording(name, finished);
        }
        catch (AriException e)
        {
            session.Publish(new RecordingFailed(name, e.Message));
            return null;
        }
    }

    public static async Task FinishAsync(CallSession session, LiveRecording recording, CancellationToken cancellationToken)
    {
        try
        {
            await session.Ari.Recordings.StopLiveAsync(recording.Name, cancellationToken);
        }
        catch (AriException e) when (e.IsNotFound)
        {
            // Already finished: the bridge emptied, and Asterisk ended it on its own.
        }

        var ended = await CallWaits.FirstAsync(FinishGrace, session.Time, cancellationToken, recording.Finished) < 0 ? null : await recording.Finished;
        var seconds = ended is RecordingFinishedEvent finished ? finished.Recording.Duration ?? 0 : (int?)null;
        var path = seconds is null ? null : session.Services.Recordings.PathOf(recording.Name, Format);
        session.Publish(new RecordingFinished(recording.Name, path, seconds));
    }

    internal sealed record LiveRecording(string Name, Task<AriEvent> Finished);
}
