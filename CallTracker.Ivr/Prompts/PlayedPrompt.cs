namespace CallTracker.Ivr.Prompts;

/// <summary>One prompt played, for the call's path: a Failed one usually means a sound file is missing.</summary>
public sealed record PlayedPrompt(string Media, PlayStatus Status, DateTimeOffset StartedAt);
