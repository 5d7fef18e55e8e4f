namespace CallTracker.Ivr.Prompts;

/// <summary>
/// The caller's channel as the voice menus see it. The service implements it over ARI; tests script it.
/// A hangup is an outcome, never an exception: every method reports it as a value.
/// </summary>
public interface ICallLeg
{
    /// <summary>Plays one media URI (e.g. "sound:vm-intro", "sound:custom/welcome", "digits:123", "recording:x") to the end.</summary>
    /// <remarks>
    /// With <paramref name="stopOnDigit"/>, the first DTMF digit stops it; that digit is NOT consumed — it stays readable via
    /// <see cref="ReadDigitAsync"/>. Asterisk does not stop a playback on DTMF, so the implementation does. A missing sound file
    /// is <see cref="PlayStatus.Failed"/>; an unknown media scheme never finishes in Asterisk, so the implementation guards the wait.
    /// </remarks>
    Task<PlayOutcome> PlayAsync(string media, bool stopOnDigit, CancellationToken cancellationToken);

    /// <summary>Next DTMF digit pressed (including ones buffered during playback), or Timeout, or HungUp.</summary>
    Task<DigitOutcome> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Drops digits buffered so far (e.g. before a new prompt, so a late press from the last menu isn't taken as input).</summary>
    void DiscardBufferedDigits();

    /// <summary>Records the caller into <see cref="RecordSpec.Name"/> until the terminator, silence, the length limit or a hangup.</summary>
    Task<RecordOutcome> RecordAsync(RecordSpec spec, CancellationToken cancellationToken);
}
