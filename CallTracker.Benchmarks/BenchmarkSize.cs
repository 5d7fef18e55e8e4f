namespace CallTracker.Benchmarks;

/// <summary>
/// How much work each row does. <see cref="Full"/> is what the README quotes; <see cref="Quick"/> only proves that every
/// benchmark still runs against the current service (CI runs it after the tests), and its figures mean nothing.
/// </summary>
internal sealed record BenchmarkSize(string Name, int Requests, int Warmup, int PoolAcquisitions, int Visitors, int Scenarios, int ReportCalls)
{
    public static BenchmarkSize Full { get; } = new("full", Requests: 10_000, Warmup: 1_000, PoolAcquisitions: 200_000, Visitors: 1_000, Scenarios: int.MaxValue, ReportCalls: 1_000_000);

    public static BenchmarkSize Quick { get; } = new("quick", Requests: 300, Warmup: 50, PoolAcquisitions: 2_000, Visitors: 100, Scenarios: 2, ReportCalls: 5_000);
}
