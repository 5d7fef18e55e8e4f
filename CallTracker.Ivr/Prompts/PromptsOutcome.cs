namespace CallTracker.Ivr.Prompts;

/// <param name="PlayedFor">From the start of the first prompt to the end, the stopping digit or the hangup.</param>
/// <param name="Played">Every prompt started, in order, with how it ended.</param>
public sealed record PromptsOutcome(PromptsStatus Status, TimeSpan PlayedFor, IReadOnlyList<PlayedPrompt> Played);
