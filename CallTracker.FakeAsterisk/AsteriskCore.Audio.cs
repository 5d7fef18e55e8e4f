namespace CallTracker.Fakes;

/// <summary>
/// What a recording hears: frames while the far end plays something, has a silence generator or is a talking
/// party; silence (a playback of <c>sound:silence/*</c>) for <c>maxSilenceSeconds</c> ends it (transcript 16).
/// </summary>
internal sealed partial class AsteriskCore
{
    private void AudioChanged(SimChannel channel)
    {
        var touched = new List<SimRecording>();
        foreach (var candidate in new[] { channel, channel.Peer })
        {
            if (candidate is null)
            {
                continue;
            }

            touched.AddRange(candidate.Recordings);
            if (candidate.Bridge?.Recording is { } bridgeRecording)
            {
                touched.Add(bridgeRecording);
            }
        }

        foreach (var recording in touched.Distinct().ToList())
        {
            UpdateRecordingAudio(recording);
        }
    }

    private void AudioChangedFor(SimPlayback playback)
    {
        if (playback.Channel is { } channel)
        {
            AudioChanged(channel);
        }
    }

    private void UpdateRecordingAudio(SimRecording recording)
    {
        if (recording.State != "recording")
        {
            return;
        }

        var now = Now;
        var elapsed = (now - recording.LastUpdate).TotalSeconds;
        if (!recording.Paused)
        {
            recording.FramesSeconds += recording.HearingFrames ? elapsed : 0;
            recording.TalkingSeconds += recording.HearingTalking ? elapsed : 0;
        }

        recording.LastUpdate = now;
        var sources = recording.Channel is { } channel ? [channel] : recording.Bridge!.Channels.ToList();
        recording.HearingFrames = sources.Any(c => c.HearsFrames);
        recording.HearingTalking = sources.Any(c => c.HearsTalking);
        if (recording.MaxSilenceSeconds <= 0)
        {
            return;
        }

        var silent = recording.HearingFrames && !recording.HearingTalking;
        if (silent && recording.SilenceTimer is null)
        {
            recording.SilenceTimer = Schedule(
                TimeSpan.FromSeconds(recording.MaxSilenceSeconds),
                () => FinishRecording(recording, keep: true, endedBySilence: true));
        }
        else if (!silent && recording.SilenceTimer is not null)
        {
            recording.SilenceTimer.Cancel();
            recording.SilenceTimer = null;
        }
    }
}
