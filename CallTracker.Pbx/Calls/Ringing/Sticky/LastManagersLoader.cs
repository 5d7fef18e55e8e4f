using CallTracker.Store.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Ringing.Sticky;

/// <summary>
/// Fills <see cref="LastManagers"/> from the store during start-up, before the first call is taken (it is registered
/// before the dispatcher), then evicts the callers who left the window every hour. A store that cannot be read costs
/// only the preference: the failure is logged, and callers go first to their manager again once answered anew.
/// </summary>
public sealed partial class LastManagersLoader(
    ICallRepository calls,
    LastManagers lastManagers,
    TimeProvider time,
    ILogger<LastManagersLoader> logger) : BackgroundService
{
    public static readonly TimeSpan EvictionInterval = TimeSpan.FromHours(1);

    // Made with the service rather than in ExecuteAsync, which may start later on the thread pool: the hours count from start-up.
    private readonly PeriodicTimer evictions = new(EvictionInterval, time);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Remembers the latest answer of every caller answered within the window; returns how many callers.</summary>
    private async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var window = lastManagers.Window;
        try
        {
            var answers = await calls.ListLastAnswersAsync(time.GetUtcNow() - window, cancellationToken);

            // One string per endpoint, not one per caller: the rows bring a copy each.
            var endpoints = new HashSet<string>(StringComparer.Ordinal);
            foreach (var answer in answers)
            {
                if (!endpoints.TryGetValue(answer.Endpoint, out var endpoint))
                {
                    endpoints.Add(endpoint = answer.Endpoint);
                }

                lastManagers.Remember(answer.CallerNumber, endpoint, answer.AnsweredAt);
            }

            LogLoaded(logger, answers.Count, window.TotalDays);
            return answers.Count;
        }
        catch (SqliteException e)
        {
            LogLoadFailed(logger, e);
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await evictions.WaitForNextTickAsync(stoppingToken))
        {
            var evicted = lastManagers.Evict();
            if (evicted > 0)
            {
                LogEvicted(logger, evicted, lastManagers.Count);
            }
        }
    }

    public override void Dispose()
    {
        evictions.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sticky ringing: loaded the last manager of {Callers} callers answered within {Days} days")]
    private static partial void LogLoaded(ILogger logger, int callers, double days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sticky ringing: could not load who answered each caller last; Sticky routes ring in their own order until callers are answered again")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sticky ringing: forgot {Evicted} callers last answered before the window; {Remembered} remembered")]
    private static partial void LogEvicted(ILogger logger, int evicted, int remembered);
}
