namespace CallTracker.Benchmarks;

/// <summary>One N of ring-latency: both apps' latencies over every round, and their resident memory while the calls rang.</summary>
internal sealed record RingLatencyRow(int Calls, int Rounds, Percentiles Service, Percentiles Bare, long ServiceBytes, long BareBytes)
{
    /// <summary>The service's p99 over the bare handler's.</summary>
    public double Ratio => Service.At(99) / Bare.At(99);
}
