namespace CallTracker.Pbx.Calls.Legs;

/// <summary>How ringing one phone ended.</summary>
public enum DialOutcome
{
    Answered,
    Busy,
    NoAnswer,

    /// <summary>Rejected, unreachable, congested, or the leg could not be created.</summary>
    Unavailable,

    /// <summary>Answered, but the manager did not accept the call after the whisper.</summary>
    Rejected,

    /// <summary>We stopped the ringing: another phone answered first, or the caller left.</summary>
    Cancelled,
}
