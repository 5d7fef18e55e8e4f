namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model SystemInfo.</summary>
public sealed record AsteriskSystemInfo(string? Version, string? EntityId);
