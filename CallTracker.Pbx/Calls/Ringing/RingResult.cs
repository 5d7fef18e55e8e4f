using CallTracker.Pbx.Calls.Legs;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>How ringing for a call ended: a manager connected, the caller left, or every phone was tried.</summary>
public sealed record RingResult
{
    private RingResult()
    {
    }

    /// <summary>The manager talking to the caller; set when the call is connected.</summary>
    public IDialAttempt? Connected { get; private init; }

    public bool CallerLeft { get; private init; }

    /// <summary>Phones rung, and how many of them were busy, when nobody was connected.</summary>
    public int Attempts { get; private init; }

    public int Busy { get; private init; }

    /// <summary>Every phone rung was busy.</summary>
    public bool EveryoneBusy => Connected is null && !CallerLeft && Attempts > 0 && Busy == Attempts;

    public static RingResult ConnectedTo(IDialAttempt attempt) => new() { Connected = attempt };

    public static RingResult LeftByCaller() => new() { CallerLeft = true };

    public static RingResult Exhausted(int attempts, int busy) => new() { Attempts = attempts, Busy = busy };
}
