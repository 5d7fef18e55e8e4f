using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Store.Repositories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// At start-up, closes the calls a previous run left InProgress (it was killed mid-call), so reports never count a
/// call as still going on. Runs before the event socket opens: no call of this run exists yet.
/// </summary>
public sealed partial class InterruptedCallSweep(
    ICallRepository calls,
    CallJournal journal,
    TimeProvider time,
    ILogger<InterruptedCallSweep> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stale = await calls.ListInProgressAsync(cancellationToken);
        foreach (var call in stale)
        {
            await journal.AppendAsync(call.Id, "Interrupted", null, cancellationToken);
            await journal.FinishAsync(call with { Status = CallStatus.Interrupted.ToString(), EndedAt = call.EndedAt ?? time.GetUtcNow() }, cancellationToken);
        }

        if (stale.Count > 0)
        {
            LogSwept(logger, stale.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} call(s) were still in progress when the service last stopped; they are marked Interrupted")]
    private static partial void LogSwept(ILogger logger, int count);
}
