using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Legs;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

public sealed partial class CallSession
{
    private readonly Lock order = new();
    private Leg? primary;

    /// <summary>
    /// Runs the flow to its final status while the reader hands out events, then releases what the call still holds
    /// in Asterisk and publishes its end. Host shutdown and the watchdog both end the call through the flow.
    /// </summary>
    /// <returns>The call's final status, as published.</returns>
    public async Task<CallStatus> RunAsync(ICallFlow flow, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(flow);
        using var scope = Logger.BeginScope(flow.LogScope);
        await using var shutdown = stopping.Register(lifetime.Cancel);
        using var reading = new CancellationTokenSource();
        var reader = Task.Run(() => ReadAllAsync(reading.Token), CancellationToken.None);
        var status = CallStatus.Failed;
        try
        {
            status = await flow.RunAsync(lifetime.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            status = await flow.EndEarlyAsync();
        }
        catch (OperationCanceledException) when (Watchdog.Expired is { } waitedFor)
        {
            Publish(new CallStuck(waitedFor));
            status = await flow.EndEarlyAsync();
        }
        catch (Exception e) when (e is AriException or HttpRequestException or TaskCanceledException)
        {
            status = flow.StatusAfterFailure(e);
        }
        finally
        {
            await ReleaseAsync();
            await reading.CancelAsync();
            await reader;
            registry.Remove(this);
            Publish(new CallEnded(status));
            LogEnded(Logger, status);
        }

        return status;
    }

    /// <summary>Hangs up every leg but <paramref name="keep"/>, so no phone rings on for a caller who is handed over.</summary>
    internal async Task HangupLegsAsync(Leg keep, CancellationToken cancellationToken)
    {
        foreach (var leg in legs.Values.Where(l => l != keep))
        {
            await leg.HangupAsync(HangupReason.Normal, cancellationToken);
        }
    }

    /// <summary>The first leg added is the call's own (the caller's); it is released last, after the bridges.</summary>
    private void NotePrimary(Leg leg)
    {
        lock (order)
        {
            primary ??= leg;
        }
    }

    /// <summary>Runs with CancellationToken.None: what the call holds must be released even while the service stops.</summary>
    private async Task ReleaseAsync()
    {
        try
        {
            foreach (var leg in legs.Values.Where(l => l != primary))
            {
                await leg.HangupAsync(HangupReason.Normal, CancellationToken.None);
            }

            foreach (var bridge in bridges.Values)
            {
                await bridge.DestroyAsync(CancellationToken.None);
            }

            if (primary is not null)
            {
                await primary.HangupAsync(HangupReason.Normal, CancellationToken.None);
            }

            // Every leg is gone now, which ends any subscription still waiting for its turn.
            await Task.WhenAll(legs.Values.Select(l => l.Subscribed));
        }
        catch (Exception e) when (e is AriException or HttpRequestException or TaskCanceledException)
        {
            LogCleanupFailed(Logger, e.Message);
        }
    }

    private async Task ReadAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                Dispatch((await inbox.ReadAsync(null, cancellationToken))!);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The call has ended: nothing reads its events any more.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call ended: {Status}")]
    private static partial void LogEnded(ILogger logger, CallStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the call's channels: {Problem}")]
    private static partial void LogCleanupFailed(ILogger logger, string problem);
}
