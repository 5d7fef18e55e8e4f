using System.Collections.Concurrent;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Ringing.Sticky;

/// <summary>
/// Keeps <see cref="LastManagers"/> current from the call events: the caller's number from CallArrived, the manager
/// from CallAnswered. Publish only touches two dictionaries, so it returns at once; it holds one entry per inbound call
/// in progress, dropped at CallEnded.
/// </summary>
public sealed class LastManagersSink(LastManagers lastManagers) : ICallEventSink
{
    private readonly ConcurrentDictionary<string, string> callers = new(StringComparer.Ordinal);

    public void Publish(CallEvent callEvent)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        switch (callEvent)
        {
            // The store's history counts inbound calls only; an outbound call's caller is not a client.
            case CallArrived arrived when arrived.Direction == CallRow.InboundDirection:
                callers[arrived.CallId] = arrived.CallerNumber;
                break;
            case CallAnswered answered when callers.TryGetValue(answered.CallId, out var caller):
                lastManagers.Remember(caller, answered.Endpoint, answered.AnsweredAt);
                break;
            case CallEnded ended:
                callers.TryRemove(ended.CallId, out _);
                break;
        }
    }
}
