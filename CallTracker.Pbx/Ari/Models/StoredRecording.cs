namespace CallTracker.Pbx.Ari.Models;

/// <summary>ARI model StoredRecording: a finished recording file on the Asterisk host.</summary>
public sealed record StoredRecording(string Name, string Format);
