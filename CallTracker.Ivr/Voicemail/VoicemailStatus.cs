namespace CallTracker.Ivr.Voicemail;

public enum VoicemailStatus
{
    /// <summary>A message worth keeping: the service stores it as the call's Voicemail.</summary>
    Kept,

    /// <summary>Nothing worth keeping was said. Any file is the service's to delete (<see cref="VoicemailResult.Name"/>).</summary>
    Discarded,

    /// <summary>The caller hung up during the prompt, before recording began; no file.</summary>
    HungUpBeforeRecording,

    /// <summary>Asterisk could not record (<see cref="VoicemailResult.FailureCause"/>).</summary>
    Failed,
}
