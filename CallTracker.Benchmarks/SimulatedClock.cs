namespace CallTracker.Benchmarks;

/// <summary>The simulation's time, moved by the event loop; timers (the ARI reconnect loop's) keep running on real time.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
