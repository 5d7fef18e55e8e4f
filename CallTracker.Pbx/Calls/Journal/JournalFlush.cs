using CallTracker.Pbx.Calls.Events;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>Not a call moment: a marker in the journal's queue that tells a flush its events are written.</summary>
internal sealed record JournalFlush : CallEvent
{
    public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override object? Detail() => null;
}
