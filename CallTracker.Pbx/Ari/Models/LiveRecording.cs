namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model LiveRecording: state is queued, recording, paused, done, failed or canceled.</summary>
public sealed record LiveRecording
{
    public required string Name { get; init; }
    public string? Format { get; init; }
    public string? TargetUri { get; init; }
    public required string State { get; init; }
    public int? Duration { get; init; }
    public int? TalkingDuration { get; init; }
    public int? SilenceDuration { get; init; }
    public string? Cause { get; init; }
}
