namespace CallTracker.Fakes;

/// <summary>A delayed action of the fake (a timer on the injected <see cref="TimeProvider"/>); cancel to drop it.</summary>
internal sealed class ScheduledAction
{
    public bool Cancelled { get; private set; }

    public ITimer? Timer { get; set; }

    public void Cancel()
    {
        Cancelled = true;
        Timer?.Dispose();
    }
}
