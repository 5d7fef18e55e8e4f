namespace CallTracker.Ivr.Prompts;

/// <summary>One prompt-and-collect: prompts interruptible by a digit, then digits until a timeout, the terminator, the count or a complete entry.</summary>
/// <param name="Prompts">Played in order; the first digit stops them and counts as the first digit of the entry.</param>
/// <param name="FirstDigitTimeout">How long to wait after the prompts for the first digit before giving up with NoInput.</param>
/// <param name="InterDigitTimeout">How long to wait for each further digit; when it passes, the digits so far are the entry.</param>
/// <param name="MaxDigits">The entry ends as soon as it has this many digits.</param>
/// <param name="Terminator">A key that ends the entry early and is not part of it (usually '#'); null when no key does.</param>
public sealed record CollectSpec(
    IReadOnlyList<string> Prompts,
    TimeSpan FirstDigitTimeout,
    TimeSpan InterDigitTimeout,
    int MaxDigits,
    char? Terminator = null)
{
    /// <summary>
    /// Says the digits so far are a whole entry, so the caller need not wait for the inter-digit timeout
    /// (e.g. '*' in a menu where extensions are numbers). Null: only the count, the terminator or the timeout end an entry.
    /// </summary>
    public Func<string, bool>? IsComplete { get; init; }
}
