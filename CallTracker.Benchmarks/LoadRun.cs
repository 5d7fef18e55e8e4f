using System.Diagnostics;

namespace CallTracker.Benchmarks;

/// <summary>Sends <c>count</c> requests with at most <c>concurrency</c> in flight and records each one's latency.</summary>
internal sealed record LoadRun(string Name, int Count, int Concurrency, TimeSpan Elapsed, Percentiles Latency)
{
    public double Throughput => Count / Elapsed.TotalSeconds;

    public static async Task<LoadRun> MeasureAsync(string name, int count, int concurrency, Func<int, CancellationToken, Task> request, CancellationToken cancellationToken)
    {
        var latencies = new TimeSpan[count];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var sent = Stopwatch.GetTimestamp();
            await request(i, token);
            latencies[i] = Stopwatch.GetElapsedTime(sent);
        });
        return new LoadRun(name, count, concurrency, Stopwatch.GetElapsedTime(started), new Percentiles(latencies));
    }

    public string ToMarkdownRow() =>
        FormattableString.Invariant($"| {Name} | {Count:N0} | {Concurrency} | {Throughput:N0} | {Latency.At(50):F3} | {Latency.At(99):F3} | {Latency.Max:F1} |");
}
