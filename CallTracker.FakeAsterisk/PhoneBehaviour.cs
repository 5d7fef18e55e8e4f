namespace CallTracker.Fakes;

/// <summary>What a manager's phone does when a leg is dialled to it (transcripts 09, 10, 12).</summary>
public abstract record PhoneBehaviour
{
    private protected PhoneBehaviour()
    {
    }

    /// <summary>Rings (Dial RINGING), then answers after <paramref name="delay"/>: Dial ANSWER, ChannelStateChange Up.</summary>
    public static PhoneBehaviour AnswerAfter(TimeSpan delay) => new AnswerAfterBehaviour(delay);

    /// <summary>Dial BUSY at once; Asterisk hangs the leg up (cause 17) only 5 s later (transcript 09).</summary>
    public static PhoneBehaviour Busy() => new BusyBehaviour();

    /// <summary>Rings until the dial timeout: hangup request cause 32 soft, StasisEnd, ChannelDestroyed cause 19 (transcript 10).</summary>
    public static PhoneBehaviour NeverAnswer() => new NeverAnswerBehaviour();

    /// <summary>Hangs up at once with <paramref name="cause"/>: only Dial "" and the hangup, no final dial status (transcript 10).</summary>
    public static PhoneBehaviour Reject(int cause) => new RejectBehaviour(cause);

    /// <summary>Rings and waits for <see cref="FakePhone.AnswerAsync"/> or <see cref="FakePhone.HangupAsync"/>.</summary>
    public static PhoneBehaviour Manual() => new ManualBehaviour();

    internal sealed record AnswerAfterBehaviour(TimeSpan Delay) : PhoneBehaviour;

    internal sealed record BusyBehaviour : PhoneBehaviour;

    internal sealed record NeverAnswerBehaviour : PhoneBehaviour;

    internal sealed record RejectBehaviour(int Cause) : PhoneBehaviour;

    internal sealed record ManualBehaviour : PhoneBehaviour;
}
