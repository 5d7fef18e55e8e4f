namespace CallTracker.Ivr.Prompts;

/// <param name="Name">The recording's name when a file may exist (Recorded, Empty, HungUp); null when nothing was stored.</param>
/// <param name="Duration">How long the caller spoke: Asterisk's talking_duration when silence detection was on, else its duration.</param>
/// <param name="FailureCause">RecordingFailed's cause, for <see cref="RecordStatus.Failed"/>.</param>
public sealed record RecordOutcome(RecordStatus Status, string? Name, TimeSpan Duration, string? FailureCause);
