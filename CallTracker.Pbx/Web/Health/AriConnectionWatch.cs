using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Web.Health;

/// <summary>
/// Sits between the event socket and the call dispatcher to remember when the socket last opened, which the socket
/// itself does not keep; events pass straight through.
/// </summary>
public sealed class AriConnectionWatch(IAriEventSink inner, TimeProvider timeProvider) : IAriEventSink
{
    private long lastOpenedMs = -1;

    /// <summary>When the event socket last opened; null before it ever has.</summary>
    public DateTimeOffset? LastOpenedAt
    {
        get
        {
            var ms = Interlocked.Read(ref lastOpenedMs);
            return ms < 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }
    }

    public void OnEvent(AriEvent ariEvent) => inner.OnEvent(ariEvent);

    public void OnConnected(int openCount)
    {
        Interlocked.Exchange(ref lastOpenedMs, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        inner.OnConnected(openCount);
    }
}
