namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model Playback: state is queued, playing, continuing, done or failed.</summary>
public sealed record Playback
{
    public required string Id { get; init; }
    public string? MediaUri { get; init; }
    public string? NextMediaUri { get; init; }
    public string? TargetUri { get; init; }
    public string? Language { get; init; }
    public required string State { get; init; }
}
