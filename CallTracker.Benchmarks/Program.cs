using CallTracker.Benchmarks;

return await BenchmarkCommand.RunAsync(args);
