using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Ari;

/// <summary>Receives what comes over the event socket. Called from the socket reader: must not block.</summary>
public interface IAriEventSink
{
    void OnEvent(AriEvent ariEvent);

    /// <summary>
    /// The socket is open (<paramref name="openCount"/> 1 the first time). Asterisk replays nothing: what happened
    /// while no socket listened, and channels an earlier process left in the app, must be reconciled. Must not block:
    /// the reader starts reading right after.
    /// </summary>
    void OnConnected(int openCount);
}
