namespace CallTracker.Ivr.Voicemail;

/// <param name="Name">The recording's name for Kept, and for Discarded when a file may exist; null otherwise.</param>
/// <param name="Duration">How long the caller spoke.</param>
public sealed record VoicemailResult(VoicemailStatus Status, string? Name, TimeSpan Duration, string? FailureCause = null);
