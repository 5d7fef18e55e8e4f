namespace CallTracker.Fakes;

/// <summary>How a channel is being dialled: Dial events differ between an originate and <c>POST /channels/{id}/dial</c>.</summary>
internal enum DialMode
{
    None,
    Originate,
    AriDial,

    /// <summary>Rung by <c>Dial()</c> in another channel's dialplan (the fallback): Dial events go to that channel's apps too.</summary>
    DialplanDial,
}
