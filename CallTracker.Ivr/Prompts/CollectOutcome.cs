namespace CallTracker.Ivr.Prompts;

/// <param name="Digits">The entry without the terminator; for HungUp, whatever was pressed before the hangup.</param>
/// <param name="Prompts">How the prompts went: what played, for how long, and whether the caller hung up during them.</param>
public sealed record CollectOutcome(CollectStatus Status, string Digits, PromptsOutcome Prompts)
{
    public bool HungUpDuringPrompts => Prompts.Status == PromptsStatus.HungUp;

    public TimeSpan PromptsPlayedFor => Prompts.PlayedFor;
}
