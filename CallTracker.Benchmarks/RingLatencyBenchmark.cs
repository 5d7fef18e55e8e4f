using System.Globalization;

namespace CallTracker.Benchmarks;

/// <summary>
/// How long a trunk call waits for its first manager's phone: from the fake Asterisk sending StasisStart to it
/// receiving the first leg's dial, with N calls arriving at once. The service and a bare handler that only creates,
/// subscribes and dials (<see cref="BareAriApp"/>) run side by side, each in its own process against its own fake,
/// taking turns round by round; the service's resident memory is read while the most calls ring.
/// </summary>
internal static class RingLatencyBenchmark
{
    /// <summary>Issue 9: the service's p99 within 1.5× the bare handler's at every N.</summary>
    private const double TargetRatio = 1.5;

    /// <summary>Issue 9: under 150 MB resident with 500 calls ringing.</summary>
    private const long TargetBytes = 150L * 1024 * 1024;

    private const int TargetCalls = 500;

    public static async Task RunAsync(BenchmarkSize size, CancellationToken cancellationToken)
    {
        await using var service = await RingTarget.StartServiceAsync(Math.Max(size.RingCalls.Max(), size.RingWarmup), cancellationToken);
        await using var bare = await RingTarget.StartBareAsync(cancellationToken);
        var idle = new IdleMemory(service.Process.ResidentBytes, bare.Process.ResidentBytes);
        RingLatencyRow? cold = null;
        if (size.RingWarmup > 0)
        {
            var serviceWarmup = await service.RunRoundAsync(size.RingWarmup, size.RingSettle, cancellationToken);
            var bareWarmup = await bare.RunRoundAsync(size.RingWarmup, size.RingSettle, cancellationToken);
            cold = new RingLatencyRow(size.RingWarmup, 1, RingSide.Of([serviceWarmup]), RingSide.Of([bareWarmup]));
        }

        var rows = new List<RingLatencyRow>();
        foreach (var calls in size.RingCalls)
        {
            var rounds = Math.Max(size.RingRounds, (size.RingSamples + calls - 1) / calls);
            var (serviceRounds, bareRounds) = (new List<RingRound>(), new List<RingRound>());
            for (var round = 0; round < rounds; round++)
            {
                serviceRounds.Add(await service.RunRoundAsync(calls, size.RingSettle, cancellationToken));
                bareRounds.Add(await bare.RunRoundAsync(calls, size.RingSettle, cancellationToken));
            }

            rows.Add(new RingLatencyRow(calls, rounds, RingSide.Of(serviceRounds), RingSide.Of(bareRounds)));
        }

        Print(size, rows, cold, idle, service.Process.PeakResidentBytes);
    }

    private static void Print(BenchmarkSize size, IReadOnlyList<RingLatencyRow> rows, RingLatencyRow? cold, IdleMemory idle, long servicePeakBytes)
    {
        Console.WriteLine();
        Console.WriteLine($"### Ring latency ({size.Name}): StasisStart to the first manager leg's dial, N trunk calls at once");
        Console.WriteLine();
        var warmup = size.RingWarmup > 0 ? $"after a warm-up round of {size.RingWarmup} calls" : "with no warm-up";
        var settle = size.RingSettle > TimeSpan.Zero ? "each app idle again before the next round" : "not waiting for the apps to go idle between rounds";
        Console.WriteLine($"The service (`dotnet CallTracker.Pbx.dll`) and the bare handler (create, subscribe, dial) each run in their own process against their own fake Asterisk, a round each in turn, {warmup}, {settle}.");
        Console.WriteLine();
        Console.WriteLine("| Calls at once | Rounds | Service p50 (ms) | Service p99 (ms) | Bare p50 (ms) | Bare p99 (ms) | p99 ratio | Within 1.5× | Service CPU per call (ms) | Bare CPU per call (ms) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var row in rows)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {row.Calls} | {row.Rounds} | {row.Service.Latency.At(50):F1} | {row.Service.Latency.At(99):F1} | {row.Bare.Latency.At(50):F1} | {row.Bare.Latency.At(99):F1} | {row.Ratio:F2}× | {YesNo(row.Ratio <= TargetRatio)} | {row.Service.CpuPerCall.TotalMilliseconds:F2} | {row.Bare.CpuPerCall.TotalMilliseconds:F2} |"));
        }

        if (cold is not null)
        {
            Console.WriteLine();
            Console.WriteLine(FormattableString.Invariant(
                $"The warm-up round ({cold.Calls} calls at once, each app's first burst since it started, not counted above): the service p50 {cold.Service.Latency.At(50):F1} ms and p99 {cold.Service.Latency.At(99):F1} ms, the bare handler p50 {cold.Bare.Latency.At(50):F1} ms and p99 {cold.Bare.Latency.At(99):F1} ms ({cold.Ratio:F2}×)."));
        }

        var largest = rows[^1];
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Resident memory (RSS) with {largest.Calls} calls ringing: the service {Megabytes(largest.Service.Bytes)} MB (its peak over the run {Megabytes(servicePeakBytes)} MB), the bare handler {Megabytes(largest.Bare.Bytes)} MB; idle, once connected and before any call, the service {Megabytes(idle.ServiceBytes)} MB and the bare handler {Megabytes(idle.BareBytes)} MB."));
        Console.WriteLine();
        var latencyMet = rows.All(r => r.Ratio <= TargetRatio);
        bool? memoryMet = largest.Calls >= TargetCalls ? largest.Service.Bytes < TargetBytes : null;
        var verdict = (latencyMet, memoryMet) switch
        {
            (true, true) => "**met**",
            (true, null) => $"**met** for latency; memory not checked (no row of {TargetCalls} calls)",
            _ => "**not met**",
        };
        Console.WriteLine(FormattableString.Invariant($"Target (p99 within {TargetRatio}× the bare handler at every N, RSS under {TargetBytes / 1024 / 1024} MB at {TargetCalls} calls): {verdict}."));
    }

    private readonly record struct IdleMemory(long ServiceBytes, long BareBytes);

    private static string YesNo(bool met) => met ? "yes" : "no";

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);
}
