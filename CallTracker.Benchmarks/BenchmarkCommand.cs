namespace CallTracker.Benchmarks;

/// <summary>
/// dotnet run -c Release --project CallTracker.Benchmarks -- [all|allocation|attribution|reports]
/// Runs the real service in-process; results go to the console, in the Markdown the README quotes.
/// </summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var what = args.Length > 0 ? args[0] : "all";
        if (what is not ("all" or "allocation" or "attribution" or "reports"))
        {
            await Console.Error.WriteLineAsync("usage: CallTracker.Benchmarks [all|allocation|attribution|reports]");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.WriteLine($"CallTracker benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        if (what is "all" or "allocation")
        {
            await AllocationBenchmark.RunAsync(stop.Token);
        }

        if (what is "all" or "attribution")
        {
            await AttributionSimulation.RunAsync(stop.Token);
        }

        if (what is "all" or "reports")
        {
            await ReportBenchmark.RunAsync(stop.Token);
        }

        return 0;
    }
}
