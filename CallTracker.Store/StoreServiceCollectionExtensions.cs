using CallTracker.Store.Repositories;
using CallTracker.Store.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallTracker.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite call store and a hosted service that migrates it during start-up.
    /// Call it before registering hosted services that use the store: hosted services start in registration order.
    /// </summary>
    public static IServiceCollection AddCallTrackerStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMigrationSource, EmbeddedMigrationSource>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<DatabaseGuard>();
        services.AddSingleton<StoreProbe>();

        services.AddSingleton<ICallRepository, SqliteCallRepository>();
        services.AddSingleton<ICallEventRepository, SqliteCallEventRepository>();
        services.AddSingleton<ICallJournalStore, SqliteCallJournalStore>();
        services.AddSingleton<IManagerRepository, SqliteManagerRepository>();
        services.AddSingleton<ITrackingSessionRepository, SqliteTrackingSessionRepository>();
        services.AddSingleton<INumberAssignmentRepository, SqliteNumberAssignmentRepository>();
        services.AddSingleton<ICallAttributionRepository, SqliteCallAttributionRepository>();
        services.AddSingleton<ICallerTouchRepository, SqliteCallerTouchRepository>();
        services.AddSingleton<ICallTagRepository, SqliteCallTagRepository>();
        services.AddSingleton<IRetentionRepository, SqliteRetentionRepository>();
        services.AddSingleton<ICallTypeRepository, SqliteCallTypeRepository>();
        services.AddSingleton<ICallReportRepository, SqliteCallReportRepository>();
        services.AddSingleton<IReportSummaryRepository, SqliteReportSummaryRepository>();
        services.AddSingleton<ICallerHistoryRepository, SqliteCallerHistoryRepository>();
        services.AddSingleton<IWebhookOutboxRepository, SqliteWebhookOutboxRepository>();
        services.AddSingleton<ICallbackRepository, SqliteCallbackRepository>();

        services.AddHostedService<StoreMigrationService>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
