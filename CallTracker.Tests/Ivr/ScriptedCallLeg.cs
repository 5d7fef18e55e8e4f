using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Ivr;

/// <summary>
/// A caller on a fake channel: key presses and a hangup at set seconds from the start, prompts of set lengths, and a fake clock
/// that moves only as the menus wait. Like Asterisk through the service's adapter, a key pressed during a playback started with
/// stopOnDigit stops it and stays buffered; a key pressed earlier does not stop a later playback but is read first.
/// </summary>
internal sealed class ScriptedCallLeg : ICallLeg
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    private readonly List<(TimeSpan At, char Key)> presses = [];
    private readonly Dictionary<string, TimeSpan> lengths = new(StringComparer.Ordinal);
    private readonly HashSet<string> missing = new(StringComparer.Ordinal);
    private int nextPress;
    private TimeSpan? hangUpAt;

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Length of every prompt without one of its own.</summary>
    public TimeSpan PromptLength { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>What the recording comes to; the clock moves on by its duration.</summary>
    public Func<RecordSpec, RecordOutcome> Recording { get; set; } =
        spec => new RecordOutcome(RecordStatus.Recorded, spec.Name, TimeSpan.FromSeconds(10), null);

    public List<string> Played { get; } = [];

    public RecordSpec? RecordedWith { get; private set; }

    public TimeSpan Now => Time.GetUtcNow() - Start;

    /// <summary>Presses <paramref name="keys"/> from <paramref name="atSeconds"/> on, one every <paramref name="gapSeconds"/>.</summary>
    public ScriptedCallLeg Press(double atSeconds, string keys, double gapSeconds = 0.5)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            presses.Add((TimeSpan.FromSeconds(atSeconds + (i * gapSeconds)), keys[i]));
        }

        presses.Sort((a, b) => a.At.CompareTo(b.At));
        return this;
    }

    public ScriptedCallLeg HangUpAt(double atSeconds)
    {
        hangUpAt = TimeSpan.FromSeconds(atSeconds);
        return this;
    }

    public ScriptedCallLeg PromptLasts(string media, double seconds)
    {
        lengths[media] = TimeSpan.FromSeconds(seconds);
        return this;
    }

    /// <summary>The sound file is missing: Asterisk starts the playback and finishes it "failed" at once.</summary>
    public ScriptedCallLeg Missing(string media)
    {
        missing.Add(media);
        return this;
    }

    public Task<PlayOutcome> PlayAsync(string media, bool stopOnDigit, CancellationToken cancellationToken)
    {
        Played.Add(media);
        if (IsHungUp)
        {
            return Task.FromResult(new PlayOutcome(PlayStatus.HungUp));
        }

        if (missing.Contains(media))
        {
            return Task.FromResult(new PlayOutcome(PlayStatus.Failed));
        }

        var end = Now + lengths.GetValueOrDefault(media, PromptLength);
        var press = presses.Skip(nextPress).Select(p => (TimeSpan?)p.At).FirstOrDefault(at => at > Now);
        var status = PlayStatus.Finished;
        if (hangUpAt <= end && (press is null || !stopOnDigit || hangUpAt <= press))
        {
            (end, status) = (hangUpAt.Value, PlayStatus.HungUp);
        }
        else if (stopOnDigit && press <= end)
        {
            (end, status) = (press.Value, PlayStatus.StoppedByDigit);
        }

        AdvanceTo(end);
        return Task.FromResult(new PlayOutcome(status));
    }

    public Task<DigitOutcome> ReadDigitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Now + timeout;
        if (nextPress < presses.Count && presses[nextPress].At <= deadline && !(hangUpAt <= presses[nextPress].At))
        {
            var (at, key) = presses[nextPress++];
            AdvanceTo(at);
            return Task.FromResult(new DigitOutcome(DigitStatus.Digit, key));
        }

        if (hangUpAt <= deadline)
        {
            AdvanceTo(hangUpAt.Value);
            return Task.FromResult(new DigitOutcome(DigitStatus.HungUp));
        }

        AdvanceTo(deadline);
        return Task.FromResult(new DigitOutcome(DigitStatus.Timeout));
    }

    public void DiscardBufferedDigits()
    {
        while (nextPress < presses.Count && presses[nextPress].At <= Now)
        {
            nextPress++;
        }
    }

    public Task<RecordOutcome> RecordAsync(RecordSpec spec, CancellationToken cancellationToken)
    {
        RecordedWith = spec;
        if (IsHungUp)
        {
            return Task.FromResult(new RecordOutcome(RecordStatus.HungUp, null, TimeSpan.Zero, null));
        }

        var outcome = Recording(spec);
        Time.Advance(outcome.Duration);
        return Task.FromResult(outcome);
    }

    private bool IsHungUp => hangUpAt <= Now;

    private void AdvanceTo(TimeSpan at)
    {
        if (at > Now)
        {
            Time.Advance(at - Now);
        }
    }
}
