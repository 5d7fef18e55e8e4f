namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>How putting the caller through to a manager who answered went.</summary>
public enum ConnectResult
{
    /// <summary>Caller and manager are talking.</summary>
    Connected,

    /// <summary>The caller hung up first.</summary>
    CallerLeft,

    /// <summary>The manager turned the call down after the whisper, or hung up before being joined; ringing goes on.</summary>
    Declined,
}
