namespace CallTracker.Pbx.Calls;

/// <summary>How ringing one manager ended.</summary>
internal enum RingOutcome
{
    Answered,
    Busy,
    NoAnswer,

    /// <summary>Rejected, unreachable, congested, or the leg could not be created.</summary>
    Unavailable,
    CallerHungUp,

    /// <summary>Answered, but did not accept the call after the whisper.</summary>
    Rejected,
}
