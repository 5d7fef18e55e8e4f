namespace CallTracker.Ivr.Prompts;

public enum RecordStatus
{
    /// <summary>RecordingFinished with some audio.</summary>
    Recorded,

    /// <summary>RecordingFinished with duration 0: nothing was said (Asterisk reports this as done, not failed).</summary>
    Empty,

    /// <summary>RecordingFailed; the cause says why.</summary>
    Failed,

    /// <summary>The caller hung up during recording (file may still hold audio: Duration tells).</summary>
    HungUp,
}
