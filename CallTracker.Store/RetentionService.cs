using CallTracker.Store.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Store;

/// <summary>
/// Purges tracking sessions and call events older than Store:Retention at start-up and every hour, so that the
/// database stays the same size under a steady load (SQLite reuses the freed pages).
/// </summary>
public sealed partial class RetentionService(
    IRetentionRepository retention,
    IOptionsMonitor<StoreOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const int Batch = 2_000;

    /// <summary>One pass; returns the sessions and call events deleted.</summary>
    public async Task<(long Sessions, long CallEvents)> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Retention;
        var now = time.GetUtcNow();
        long sessions = 0, callEvents = 0;
        if (settings.TrackingDays > 0)
        {
            sessions = await DrainAsync(b => retention.PurgeTrackingAsync(now.AddDays(-settings.TrackingDays), b, cancellationToken));
        }

        if (settings.CallEventDays > 0)
        {
            callEvents = await DrainAsync(b => retention.PurgeCallEventsAsync(now.AddDays(-settings.CallEventDays), b, cancellationToken));
        }

        if (sessions + callEvents > 0)
        {
            LogPurged(logger, sessions, settings.TrackingDays, callEvents, settings.CallEventDays);
        }

        return (sessions, callEvents);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (SqliteException e)
            {
                // A busy or full disk is worth a line; the next hour tries again, and nothing is lost by waiting.
                LogPurgeFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static async Task<long> DrainAsync(Func<int, Task<int>> purgeBatch)
    {
        long total = 0;
        int deleted;
        do
        {
            deleted = await purgeBatch(Batch);
            total += deleted;
        }
        while (deleted == Batch);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Sessions} tracking sessions older than {TrackingDays} days and {CallEvents} call events older than {CallEventDays} days")]
    private static partial void LogPurged(ILogger logger, long sessions, int trackingDays, long callEvents, int callEventDays);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge failed; it runs again within the hour")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
