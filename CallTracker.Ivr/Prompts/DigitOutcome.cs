namespace CallTracker.Ivr.Prompts;

/// <param name="Digit">One of 0-9, *, #, A-D when <paramref name="Status"/> is <see cref="DigitStatus.Digit"/>; '\0' otherwise.</param>
public readonly record struct DigitOutcome(DigitStatus Status, char Digit = '\0');
