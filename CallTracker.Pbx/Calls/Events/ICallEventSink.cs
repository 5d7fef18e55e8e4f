namespace CallTracker.Pbx.Calls.Events;

/// <summary>
/// Receives every call event. Publish must return at once: a sink queues the event and does its slow work (database,
/// HTTP) on its own writer, never on the call's path.
/// </summary>
public interface ICallEventSink
{
    void Publish(CallEvent callEvent);
}
