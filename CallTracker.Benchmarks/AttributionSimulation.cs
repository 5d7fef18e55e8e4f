using System.Diagnostics;

namespace CallTracker.Benchmarks;

/// <summary>How often a call is attributed to the session that led to it, for several pool sizes and hold times under one traffic plan.</summary>
internal static class AttributionSimulation
{
    private const int Seed = 20250303;

    private static readonly SimulationScenario[] Scenarios =
    [
        new(PoolSize: 60, HoldMinutes: 30),
        new(PoolSize: 120, HoldMinutes: 30),
        new(PoolSize: 200, HoldMinutes: 30),
        new(PoolSize: 200, HoldMinutes: 15),
        new(PoolSize: 200, HoldMinutes: 60),
    ];

    public static async Task RunAsync(BenchmarkSize size, CancellationToken cancellationToken)
    {
        var plans = VisitorPlan.Generate(size.Visitors, Seed);
        var calls = plans.Count(p => p.CallAt.HasValue);
        Console.WriteLine();
        Console.WriteLine($"### Attribution accuracy ({size.Name}): {size.Visitors:N0} visitors over 6 h, {plans.Count(p => p.Visits.Count > 1)} come back, {calls} call (seed {Seed})");
        Console.WriteLine();
        Console.WriteLine("| Pool | Hold (min) | Calls | Right session | Exact | WithinHold | Ambiguous | Overflow sessions | Miss: overflow | Miss: after hold | Miss: re-issued number | Miss: ambiguous, other visitor | Miss: earlier session | Run (s) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in Scenarios.Take(size.Scenarios))
        {
            var watch = Stopwatch.StartNew();
            var tally = await SimulationRun.RunAsync(scenario, plans, cancellationToken);
            if (tally.Calls != calls || tally.Unattributed > 0)
            {
                // A call lost or left unattributed is a failure of the service, not a miss to report as accuracy.
                throw new InvalidOperationException($"Attribution simulation, pool {scenario.PoolSize}, hold {scenario.HoldMinutes}: {tally.Calls} of {calls} calls made, {tally.Unattributed} not attributed (store error).");
            }

            var misses = string.Join(" | ", MissCause.All.Select(tally.Miss));
            Console.WriteLine(FormattableString.Invariant(
                $"| {scenario.PoolSize} | {scenario.HoldMinutes} | {tally.Calls} | {tally.RightShare:P1} | {tally.RightByReason.GetValueOrDefault("Exact")} | {tally.RightByReason.GetValueOrDefault("WithinHold")} | {tally.RightByReason.GetValueOrDefault("Ambiguous")} | {tally.OverflowSessions} | {misses} | {watch.Elapsed.TotalSeconds:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Miss causes: " + string.Join("; ", MissCause.All.Select((c, i) => $"{i + 1}. {c}")));
    }
}
