namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model Variable.</summary>
public sealed record ChannelVariable(string Value);
