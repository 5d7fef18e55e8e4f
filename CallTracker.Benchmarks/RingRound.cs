namespace CallTracker.Benchmarks;

/// <summary>One ring-latency round of one app: each call's wait for its first dial, and the app's memory and CPU time from the first call to the last dial.</summary>
internal sealed record RingRound(TimeSpan[] Latencies, long RingingBytes, TimeSpan RingingCpu);
