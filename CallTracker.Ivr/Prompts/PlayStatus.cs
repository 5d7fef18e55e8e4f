namespace CallTracker.Ivr.Prompts;

public enum PlayStatus
{
    Finished,

    /// <summary>A digit stopped the playback; the digit is still buffered for <see cref="ICallLeg.ReadDigitAsync"/>.</summary>
    StoppedByDigit,

    /// <summary>Asterisk could not play it, e.g. the sound file is missing (PlaybackFinished "failed" while the channel lives on).</summary>
    Failed,
    HungUp,
}
