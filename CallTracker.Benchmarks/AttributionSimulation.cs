using System.Diagnostics;

namespace CallTracker.Benchmarks;

/// <summary>How often a call is attributed to the session that led to it, for several pool sizes and hold times under one traffic plan.</summary>
internal static class AttributionSimulation
{
    private const int Visitors = 1_000;
    private const int Seed = 20250303;

    private static readonly SimulationScenario[] Scenarios =
    [
        new(PoolSize: 60, HoldMinutes: 30),
        new(PoolSize: 120, HoldMinutes: 30),
        new(PoolSize: 200, HoldMinutes: 30),
        new(PoolSize: 200, HoldMinutes: 15),
        new(PoolSize: 200, HoldMinutes: 60),
    ];

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var plans = VisitorPlan.Generate(Visitors, Seed);
        Console.WriteLine();
        Console.WriteLine($"### Attribution accuracy: {Visitors:N0} visitors over 6 h, {plans.Count(p => p.Visits.Count > 1)} come back, {plans.Count(p => p.CallAt.HasValue)} call (seed {Seed})");
        Console.WriteLine();
        Console.WriteLine("| Pool | Hold (min) | Calls | Right session | Exact | WithinHold | Ambiguous | Overflow sessions | Miss: overflow | Miss: after hold | Miss: re-issued number | Miss: ambiguous, other visitor | Miss: earlier session | Run (s) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in Scenarios)
        {
            var watch = Stopwatch.StartNew();
            var tally = await SimulationRun.RunAsync(scenario, plans, cancellationToken);
            var misses = string.Join(" | ", MissCause.All.Select(tally.Miss));
            Console.WriteLine(FormattableString.Invariant(
                $"| {scenario.PoolSize} | {scenario.HoldMinutes} | {tally.Calls} | {tally.RightShare:P1} | {tally.RightByReason.GetValueOrDefault("Exact")} | {tally.RightByReason.GetValueOrDefault("WithinHold")} | {tally.RightByReason.GetValueOrDefault("Ambiguous")} | {tally.OverflowSessions} | {misses} | {watch.Elapsed.TotalSeconds:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Miss causes: " + string.Join("; ", MissCause.All.Select((c, i) => $"{i + 1}. {c}")));
    }
}
