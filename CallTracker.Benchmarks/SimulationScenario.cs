namespace CallTracker.Benchmarks;

/// <summary>One run of the attribution simulation: a pool size and hold time under the same traffic.</summary>
internal sealed record SimulationScenario(int PoolSize, int HoldMinutes);
