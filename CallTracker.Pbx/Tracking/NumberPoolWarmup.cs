using CallTracker.Store.Repositories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Tracking;

/// <summary>
/// Reloads the numbers still held from the store at start-up, before the HTTP API takes requests, so a restart
/// never hands a visitor's number to someone else while that visitor may still call it.
/// </summary>
public sealed partial class NumberPoolWarmup(
    NumberPoolAllocator allocator,
    INumberAssignmentRepository assignments,
    TimeProvider time,
    ILogger<NumberPoolWarmup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var held = await assignments.ListHeldAsync(time.GetUtcNow(), cancellationToken);
        var restored = 0;
        foreach (var number in held)
        {
            if (allocator.Find(number.Site, number.Pool) is { } pool)
            {
                pool.Restore(number.Number, number.VisitorId, number.ToAt);
                restored++;
            }
        }

        LogRestored(logger, restored);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Number pools: {Count} number(s) still held by visitors restored from the store")]
    private static partial void LogRestored(ILogger logger, int count);
}
