namespace CallTracker.Benchmarks;

/// <summary>
/// dotnet run -c Release --project CallTracker.Benchmarks -- [all|allocation|attribution|reports|ring-latency] [--quick]
/// Runs the real service in-process, or for ring-latency as its own process; results go to the console, in the
/// Markdown the README quotes. Exit code 0 when every benchmark ran, whether or not it met its target; 1 when one
/// failed; 2 for a usage error. <c>bare-ari-app</c> is not for people: ring-latency starts it in a child process.
/// </summary>
internal static class BenchmarkCommand
{
    private const string Usage = "usage: CallTracker.Benchmarks [all|allocation|attribution|reports|ring-latency] [--quick]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [BareAriApp.Command, var url, var username, var password, var app])
        {
            return await BareAriApp.RunAsync(url, username, password, app);
        }

        var quick = args.Contains("--quick");
        var named = args.Where(a => a != "--quick").ToArray();
        var what = named.Length > 0 ? named[0] : "all";
        if (named.Length > 1 || what is not ("all" or "allocation" or "attribution" or "reports" or "ring-latency"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var size = quick ? BenchmarkSize.Quick : BenchmarkSize.Full;
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.WriteLine($"CallTracker benchmarks ({size.Name}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        try
        {
            if (what is "all" or "allocation")
            {
                await AllocationBenchmark.RunAsync(size, stop.Token);
            }

            if (what is "all" or "attribution")
            {
                await AttributionSimulation.RunAsync(size, stop.Token);
            }

            if (what is "all" or "reports")
            {
                await ReportBenchmark.RunAsync(size, stop.Token);
            }

            if (what is "all" or "ring-latency")
            {
                await RingLatencyBenchmark.RunAsync(size, stop.Token);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One line CI can show, then the whole exception for whoever fixes it.
            await Console.Error.WriteLineAsync($"Benchmark failed: {e.GetType().Name}: {e.Message}{Environment.NewLine}{e}");
            return 1;
        }

        return 0;
    }
}
