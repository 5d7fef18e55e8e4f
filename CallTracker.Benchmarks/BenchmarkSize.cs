namespace CallTracker.Benchmarks;

/// <summary>
/// How much work each row does. <see cref="Full"/> is what the README quotes; <see cref="Quick"/> only proves that every
/// benchmark still runs against the current service (CI runs it after the tests), and its figures mean nothing.
/// </summary>
/// <param name="RingCalls">The numbers of simultaneous trunk calls ring-latency places, a row each.</param>
/// <param name="RingSamples">Calls ring-latency measures per row and app at the least: a row of few calls is repeated until it has them.</param>
/// <param name="RingRounds">Rounds per ring-latency row at the least, so that even the largest row is not one draw.</param>
/// <param name="RingWarmup">
/// Calls per app in ring-latency's first round, which warms both up (JIT, connection pools, SQLite) and is reported
/// apart; none when 0. As many as the largest row: after a smaller round the first large burst still has the JIT
/// compiling the methods it calls most, and that one round's tail would be every row's p99.
/// </param>
/// <param name="RingSettle">How long a ring-latency round may wait for its app to go idle before the next round starts; zero does not wait.</param>
internal sealed record BenchmarkSize(
    string Name, int Requests, int Warmup, int PoolAcquisitions, int Visitors, int Scenarios, int ReportCalls,
    IReadOnlyList<int> RingCalls, int RingSamples, int RingRounds, int RingWarmup, TimeSpan RingSettle)
{
    public static BenchmarkSize Full { get; } = new("full", Requests: 10_000, Warmup: 1_000, PoolAcquisitions: 200_000, Visitors: 1_000, Scenarios: int.MaxValue, ReportCalls: 1_000_000,
        RingCalls: [1, 30, 200, 500], RingSamples: 300, RingRounds: 5, RingWarmup: 500, RingSettle: TimeSpan.FromSeconds(60));

    public static BenchmarkSize Quick { get; } = new("quick", Requests: 300, Warmup: 50, PoolAcquisitions: 2_000, Visitors: 100, Scenarios: 2, ReportCalls: 5_000,
        RingCalls: [1, 30], RingSamples: 1, RingRounds: 1, RingWarmup: 0, RingSettle: TimeSpan.Zero);
}
