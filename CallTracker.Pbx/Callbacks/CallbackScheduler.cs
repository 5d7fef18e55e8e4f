using System.Collections.Concurrent;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Callbacks;

/// <summary>
/// Carries callbacks out. A Pending callback whose time has come is tried: it turns Calling and its attempt is stored
/// with the call's id before the call starts; when the call ends, what follows is stored (Connected, a retry after
/// Callbacks:RetryMinutes, or Failed). Everything lives in the store, so a restart carries on where the last run
/// stopped. Registered before the dispatcher, so it stops after every call has ended and stores how each ended.
/// </summary>
public sealed partial class CallbackScheduler(
    ICallbackRepository callbacks,
    ICallRepository calls,
    ICallbackCalls placer,
    CallEventBus events,
    IOptions<CallbackOptions> options,
    TimeProvider time,
    ILogger<CallbackScheduler> logger) : BackgroundService
{
    /// <summary>How often to look again while Asterisk is not connected: an attempt then would fail for nothing.</summary>
    private static readonly TimeSpan NotConnectedPause = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan StoreFailurePause = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Task, byte> running = new();
    private TaskCompletionSource wake = NewSignal();

    /// <summary>Looks at the store again now: a new request is due at once.</summary>
    public void Wake() => Interlocked.Exchange(ref wake, NewSignal()).TrySetResult();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RecoverAsync(stoppingToken);
            while (true)
            {
                // Taken before the store is read, so a request stored meanwhile still wakes the wait below.
                var woken = Volatile.Read(ref wake).Task;
                TimeSpan? pause;
                try
                {
                    pause = await StartDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogStoreFailed(logger, e);
                    pause = StoreFailurePause;
                }

                await CallWaits.FirstAsync(pause, time, stoppingToken, woken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping; attempts under way end with their calls.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(running.Keys).WaitAsync(cancellationToken);
    }

    /// <returns>How long to wait before looking again; null to wait until woken.</returns>
    private async Task<TimeSpan?> StartDueAsync(CancellationToken cancellationToken)
    {
        if (!placer.CanCall)
        {
            return NotConnectedPause;
        }

        foreach (var due in await callbacks.ListDueAsync(time.GetUtcNow(), cancellationToken))
        {
            await StartAsync(due, cancellationToken);
        }

        var next = await callbacks.NextDueAsync(cancellationToken);
        return next is { } at ? at - time.GetUtcNow() : null;
    }

    private async Task StartAsync(CallbackRow due, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var attempt = due.Attempts + 1;
        var call = new CallbackCall(due.Id, attempt, Guid.CreateVersion7(now).ToString("N"), due.Site, due.Phone, due.SessionId, due.Route);
        var calling = due with { State = nameof(CallbackState.Calling), Attempts = attempt, NextAttemptAt = null, UpdatedAt = now };
        var started = new CallbackAttemptRow { CallbackId = due.Id, Attempt = attempt, CallId = call.CallId, StartedAt = now };
        await callbacks.SaveAttemptAsync(calling, started, cancellationToken);
        LogAttempt(logger, due.Id, attempt, options.Value.MaxAttempts, call.CallId);
        var run = Task.Run(() => RunAsync(calling, started, call), CancellationToken.None);
        running[run] = 0;
        _ = run.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RunAsync(CallbackRow callback, CallbackAttemptRow attempt, CallbackCall call)
    {
        CallStatus status;
        try
        {
            status = await placer.CallAsync(call, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogAttemptFailed(logger, e, callback.Id);
            status = CallStatus.Failed;
        }

        await FinishAsync(callback, attempt, status);
        Wake();
    }

    /// <summary>Stores how the attempt ended and what follows. Runs with no token: the outcome must be kept while the service stops.</summary>
    private async Task FinishAsync(CallbackRow callback, CallbackAttemptRow attempt, CallStatus status)
    {
        var now = time.GetUtcNow();
        var (state, next) = CallbackRetries.After(status, callback.Attempts, options.Value.RetryMinutes, now);
        var row = callback with { State = state.ToString(), Status = status.ToString(), NextAttemptAt = next, UpdatedAt = now };
        try
        {
            await callbacks.SaveAttemptAsync(row, attempt with { EndedAt = now, Status = status.ToString() }, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // It stays Calling in the store; the next start-up finds it and decides again.
            LogStoreFailed(logger, e);
        }

        events.Publish(new CallbackAttemptEnded(callback.Id, attempt.Attempt, status.ToString(), state.ToString(), next) { CallId = attempt.CallId, At = now });
        LogAttemptEnded(logger, callback.Id, attempt.Attempt, status, state, next);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
