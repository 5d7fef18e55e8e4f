using System.Text;

namespace CallTracker.Ivr.Prompts;

/// <summary>Prompt-and-collect over one call leg: plays prompts that a digit interrupts, then gathers the caller's entry.</summary>
public sealed class DigitCollector
{
    private readonly ICallLeg leg;
    private readonly TimeProvider time;

    public DigitCollector(ICallLeg leg, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(leg);
        ArgumentNullException.ThrowIfNull(time);
        this.leg = leg;
        this.time = time;
    }

    /// <summary>Plays the prompts in order until one is stopped by a digit or the caller hangs up.</summary>
    public async Task<PromptsOutcome> PlayPromptsAsync(IReadOnlyList<string> prompts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var started = time.GetTimestamp();
        var played = new List<PlayedPrompt>(prompts.Count);
        foreach (var media in prompts)
        {
            var startedAt = time.GetUtcNow();
            var outcome = await leg.PlayAsync(media, stopOnDigit: true, cancellationToken);
            played.Add(new PlayedPrompt(media, outcome.Status, startedAt));
            switch (outcome.Status)
            {
                case PlayStatus.StoppedByDigit:
                    return new PromptsOutcome(PromptsStatus.StoppedByDigit, time.GetElapsedTime(started), played);
                case PlayStatus.HungUp:
                    return new PromptsOutcome(PromptsStatus.HungUp, time.GetElapsedTime(started), played);
            }
        }

        return new PromptsOutcome(PromptsStatus.Finished, time.GetElapsedTime(started), played);
    }

    /// <summary>Plays <see cref="CollectSpec.Prompts"/>, then reads the entry. A digit pressed during the prompts is its first digit.</summary>
    public async Task<CollectOutcome> CollectAsync(CollectSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var prompts = await PlayPromptsAsync(spec.Prompts, cancellationToken);
        if (prompts.Status == PromptsStatus.HungUp)
        {
            return new CollectOutcome(CollectStatus.HungUp, "", prompts);
        }

        var digits = new StringBuilder();
        while (digits.Length < spec.MaxDigits)
        {
            var timeout = digits.Length == 0 ? spec.FirstDigitTimeout : spec.InterDigitTimeout;
            var read = await leg.ReadDigitAsync(timeout, cancellationToken);
            switch (read.Status)
            {
                case DigitStatus.HungUp:
                    return new CollectOutcome(CollectStatus.HungUp, digits.ToString(), prompts);
                case DigitStatus.Timeout when digits.Length == 0:
                    return new CollectOutcome(CollectStatus.NoInput, "", prompts);
                case DigitStatus.Timeout:
                    return new CollectOutcome(CollectStatus.Matched, digits.ToString(), prompts);
            }

            // The terminator alone still ends the entry: the caller pressed a key, so it is an (empty) entry, not silence.
            if (read.Digit == spec.Terminator)
            {
                return new CollectOutcome(CollectStatus.Matched, digits.ToString(), prompts);
            }

            digits.Append(read.Digit);
            if (spec.IsComplete?.Invoke(digits.ToString()) == true)
            {
                break;
            }
        }

        return new CollectOutcome(CollectStatus.Matched, digits.ToString(), prompts);
    }
}
