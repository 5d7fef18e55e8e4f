namespace CallTracker.Pbx.Tracking;

/// <summary>A site's pool and its numbers (digits), in the order tracking.json lists them.</summary>
public sealed record PoolDefinition(string Site, string Name, IReadOnlyList<string> Numbers);
