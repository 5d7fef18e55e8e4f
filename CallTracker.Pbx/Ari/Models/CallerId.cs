namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model CallerID.</summary>
public sealed record CallerId(string Name, string Number);
