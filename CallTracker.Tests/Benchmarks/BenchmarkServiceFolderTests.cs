using CallTracker.Pbx.Hosting;
using BenchmarkServiceFolder = CallTracker.Benchmarks.ServiceFolder;

namespace CallTracker.Tests.Benchmarks;

/// <summary>The benchmarks' service folder once lacked menus.json and the README's benchmark command crashed (issue 13).</summary>
public sealed class BenchmarkServiceFolderTests
{
    [Test]
    public void Benchmark_service_folder_holds_every_settings_file_the_host_requires()
    {
        using var folder = new BenchmarkServiceFolder(poolSize: 3, holdMinutes: 30);

        var missing = SettingsFiles.Required.Where(file => !File.Exists(Path.Combine(folder.Path, file)));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Service_starts_from_the_benchmark_service_folder(CancellationToken cancellationToken)
    {
        using var folder = new BenchmarkServiceFolder(poolSize: 3, holdMinutes: 30);
        await using var app = CallTrackerHost.Build([], folder.Path);

        Assert.DoesNotThrowAsync(() => app.StartAsync(cancellationToken));
        await app.StopAsync(cancellationToken);
    }
}
