namespace CallTracker.Ivr.Prompts;

public enum DigitStatus
{
    Digit,
    Timeout,
    HungUp,
}
