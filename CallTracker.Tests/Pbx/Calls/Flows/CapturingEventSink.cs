using System.Collections.Concurrent;
using CallTracker.Pbx.Calls.Events;

namespace CallTracker.Tests.Pbx.Calls.Flows;

/// <summary>Keeps every call event a flow published, in order.</summary>
internal sealed class CapturingEventSink : ICallEventSink
{
    private readonly ConcurrentQueue<CallEvent> events = new();

    public IReadOnlyList<CallEvent> Events => [.. events];

    public IReadOnlyList<string> Kinds => [.. events.Select(e => e.Kind)];

    /// <summary>Completed with the call's status when CallEnded comes.</summary>
    public TaskCompletionSource<CallTracker.Pbx.Calls.CallStatus>? Ended { get; set; }

    public void Publish(CallEvent callEvent)
    {
        events.Enqueue(callEvent);
        if (callEvent is CallEnded ended)
        {
            Ended?.TrySetResult(ended.Status);
        }
    }
}
