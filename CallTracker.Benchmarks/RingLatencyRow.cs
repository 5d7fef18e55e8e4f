namespace CallTracker.Benchmarks;

/// <summary>One N of ring-latency: both apps over every round.</summary>
internal sealed record RingLatencyRow(int Calls, int Rounds, RingSide Service, RingSide Bare)
{
    /// <summary>The service's p99 over the bare handler's.</summary>
    public double Ratio => Service.Latency.At(99) / Bare.Latency.At(99);
}
