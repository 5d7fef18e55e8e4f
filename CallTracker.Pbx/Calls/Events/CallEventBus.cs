namespace CallTracker.Pbx.Calls.Events;

/// <summary>Hands each call event to every sink.</summary>
public sealed class CallEventBus(IEnumerable<ICallEventSink> sinks)
{
    private readonly ICallEventSink[] sinks = sinks.ToArray();

    public void Publish(CallEvent callEvent)
    {
        foreach (var sink in sinks)
        {
            sink.Publish(callEvent);
        }
    }
}
