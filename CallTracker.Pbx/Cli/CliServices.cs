using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Tracking;
using CallTracker.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallTracker.Pbx.Cli;

/// <summary>What the CLI needs from the service's own settings beside the executable: the store, the business time zone, call-type rules.</summary>
public static class CliServices
{
    public static async Task<ServiceProvider> BuildAsync(string root, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(root, "tracking.json"), optional: true)
            .AddEnvironmentVariables("CALLTRACKER_")
            .Build();
        var databaseKey = $"{StoreOptions.SectionName}:{nameof(StoreOptions.DatabasePath)}";
        configuration[databaseKey] = Path.GetFullPath(configuration[databaseKey] ?? new StoreOptions().DatabasePath, root);

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddCallTrackerStore(configuration);
        services.AddOptions<TrackingOptions>().Bind(configuration.GetSection(TrackingOptions.SectionName));
        services.AddCallTrackerReports(configuration);
        var provider = services.BuildServiceProvider();

        // The store's only hosted service migrates it: the CLI may run before the service ever has, or after an
        // upgrade the service has not started on yet.
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(cancellationToken);
        }

        return provider;
    }
}
