namespace CallTracker.Ivr.Prompts;

public readonly record struct PlayOutcome(PlayStatus Status);
