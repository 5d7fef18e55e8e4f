using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Ari;

/// <summary>Receives what comes over the event socket. Called from the socket reader: must not block.</summary>
public interface IAriEventSink
{
    void OnEvent(AriEvent ariEvent);

    /// <summary>The socket is open again after a drop; events sent meanwhile are lost and must be reconciled.</summary>
    Task OnReconnectedAsync(CancellationToken cancellationToken);
}
