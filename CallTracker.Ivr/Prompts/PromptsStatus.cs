namespace CallTracker.Ivr.Prompts;

/// <summary>How a list of prompts ended. A prompt that failed to play does not end the list: the caller can still press.</summary>
public enum PromptsStatus
{
    Finished,
    StoppedByDigit,
    HungUp,
}
