namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model DialplanCEP: where in the dialplan a channel is.</summary>
public sealed record DialplanCep(string Context, string Exten, long Priority, string? AppName, string? AppData);
