namespace CallTracker.Fakes;

/// <summary>A <c>Dial()</c> run by a channel's own dialplan (the fallback after Stasis): the leg it rings and its end.</summary>
internal sealed class DialplanDial
{
    public DialplanDial(SimChannel leg, DateTimeOffset started)
    {
        Leg = leg;
        Started = started;
    }

    public SimChannel Leg { get; }

    public DateTimeOffset Started { get; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Dial() has returned (answered call over, timeout, caller gone): nothing more to report.</summary>
    public bool Ended { get; set; }

    public ScheduledAction? Timer { get; set; }
}
