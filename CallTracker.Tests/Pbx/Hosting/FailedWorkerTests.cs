using CallTracker.Pbx.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Tests.Pbx.Hosting;

public sealed class FailedWorkerTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task A_background_service_that_throws_stops_the_host_and_is_found_so_the_exit_code_says_so(CancellationToken cancellationToken)
    {
        using var host = Host(services => services.AddHostedService<ThrowingWorker>());

        await host.StartAsync(cancellationToken);
        await host.WaitForShutdownAsync(cancellationToken);

        Assert.That(CallTrackerHost.FailedWorker(host.Services), Is.InstanceOf<InvalidOperationException>().With.Message.EqualTo("the store is gone"));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_host_asked_to_stop_has_no_failed_worker(CancellationToken cancellationToken)
    {
        using var host = Host(services => services.AddHostedService<WaitingWorker>());

        await host.StartAsync(cancellationToken);
        await host.StopAsync(cancellationToken);

        Assert.That(CallTrackerHost.FailedWorker(host.Services), Is.Null);
    }

    private static IHost Host(Action<IServiceCollection> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        configure(builder.Services);
        return builder.Build();
    }

    private sealed class ThrowingWorker : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("the store is gone");
        }
    }

    private sealed class WaitingWorker : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
