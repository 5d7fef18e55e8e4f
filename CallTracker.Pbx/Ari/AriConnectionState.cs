namespace CallTracker.Pbx.Ari;

public enum AriConnectionState
{
    Connecting,
    Connected,
    Disconnected,
    Stopped,
}
