namespace CallTracker.Ivr.Prompts;

public enum CollectStatus
{
    /// <summary>The caller entered something. Its meaning (valid or not) is the menu's business; empty digits mean only the terminator was pressed.</summary>
    Matched,

    /// <summary>No digit within the first-digit timeout.</summary>
    NoInput,
    HungUp,
}
