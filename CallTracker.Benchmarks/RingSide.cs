namespace CallTracker.Benchmarks;

/// <summary>
/// One app's rounds of a ring-latency row: the latencies of all its calls, its most resident memory while they rang,
/// and the CPU time it used per call until each round's last dial. CPU time is the figure that other jobs on the
/// machine disturb least.
/// </summary>
internal sealed record RingSide(Percentiles Latency, long Bytes, TimeSpan CpuPerCall)
{
    public static RingSide Of(IReadOnlyList<RingRound> rounds)
    {
        var calls = rounds.Sum(r => r.Latencies.Length);
        var cpu = TimeSpan.FromTicks(rounds.Sum(r => r.RingingCpu.Ticks));
        return new RingSide(new Percentiles(rounds.SelectMany(r => r.Latencies)), rounds.Max(r => r.RingingBytes), cpu / Math.Max(calls, 1));
    }
}
