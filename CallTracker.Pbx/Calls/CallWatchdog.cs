using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls;

/// <summary>
/// One call's last line of defence against a wait that never ends: each step registers what it waits for and until
/// when; a step still running past its deadline is logged with what it waited for, and the call's lifetime token is
/// cancelled so the call finishes with the status its state gives and releases its channels.
/// </summary>
internal sealed partial class CallWatchdog : IDisposable
{
    private readonly CancellationTokenSource lifetime;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ITimer timer;
    private readonly List<Wait> watches = [];
    private readonly Lock gate = new();

    public CallWatchdog(CancellationTokenSource lifetime, TimeProvider time, TimeSpan period, ILogger logger)
    {
        this.lifetime = lifetime;
        this.time = time;
        this.logger = logger;
        timer = time.CreateTimer(_ => Check(), null, period, period);
    }

    /// <summary>What the call was waiting for when the watchdog ended it; null while it has not.</summary>
    public string? Expired { get; private set; }

    /// <summary>Registers a wait; disposing the result ends it.</summary>
    public IDisposable Watch(string what, TimeSpan limit)
    {
        var watch = new Wait(this, what, time.GetUtcNow(), time.GetUtcNow() + limit);
        lock (gate)
        {
            watches.Add(watch);
        }

        return watch;
    }

    public void Dispose() => timer.Dispose();

    private void Check()
    {
        Wait? overdue;
        lock (gate)
        {
            var now = time.GetUtcNow();
            overdue = Expired is null ? watches.Find(w => now > w.Deadline) : null;
            if (overdue is not null)
            {
                Expired = overdue.What;
            }
        }

        if (overdue is not null)
        {
            LogExpired(logger, overdue.What, (time.GetUtcNow() - overdue.Since).TotalSeconds, overdue.Since);
            try
            {
                lifetime.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The call finished on its own while the check ran.
            }
        }
    }

    private void End(Wait watch)
    {
        lock (gate)
        {
            watches.Remove(watch);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Call is stuck: it waited {Seconds:0} s (since {Since:O}) for {What}, past its deadline; ending the call")]
    private static partial void LogExpired(ILogger logger, string what, double seconds, DateTimeOffset since);

    private sealed class Wait(CallWatchdog owner, string what, DateTimeOffset since, DateTimeOffset deadline) : IDisposable
    {
        public string What => what;

        public DateTimeOffset Since => since;

        public DateTimeOffset Deadline => deadline;

        public void Dispose() => owner.End(this);
    }
}
