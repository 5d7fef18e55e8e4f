namespace CallTracker.Tests.Fakes;

/// <summary>How a channel is being dialled: Dial events differ between an originate and <c>POST /channels/{id}/dial</c>.</summary>
internal enum DialMode
{
    None,
    Originate,
    AriDial,
}
