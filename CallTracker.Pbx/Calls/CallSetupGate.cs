namespace CallTracker.Pbx.Calls;

/// <summary>
/// Calls on their way to their first manager's phone. Ringing a caller is worth less than dialling the next call's
/// manager, so during a burst of calls the callers' subscriptions and ringing wait until no call is still before its
/// first dial, for <see cref="MaxHold"/> at most (ring-latency); a call arriving alone waits for nothing. Bookkeeping
/// beside the calls (the journal, attribution) gives way the same way: on two cores its SQLite work would otherwise
/// take the CPU the next call's dial needs.
/// </summary>
public sealed class CallSetupGate(TimeProvider time) : IDisposable
{
    /// <summary>The longest a caller waits for ringing because other calls are being set up.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many calls' held-back requests go out at once when the gate clears. More could not be sent any sooner (the
    /// ARI connections are capped too), and after a burst of 500 calls the rest wait here as small tasks rather than
    /// as 1,500 HTTP requests queued for a connection, several MB that would otherwise peak just as the last call is dialled.
    /// </summary>
    public const int MaxReleasedAtOnce = 32;

    private readonly Lock sync = new();
    private readonly SemaphoreSlim released = new(MaxReleasedAtOnce, MaxReleasedAtOnce);
    private int settingUp;
    private TaskCompletionSource clear = Cleared();

    /// <summary>True while no call is before its first dial.</summary>
    public bool IsClear
    {
        get
        {
            lock (sync)
            {
                return settingUp == 0;
            }
        }
    }

    /// <summary>Counts a call as being set up until the returned entry is disposed (more than once is harmless).</summary>
    public IDisposable Enter()
    {
        lock (sync)
        {
            if (settingUp++ == 0)
            {
                clear = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return new Entry(this);
    }

    /// <summary>Completes once no call is being set up, or after <see cref="MaxHold"/>.</summary>
    public async Task WhenClearAsync(CancellationToken cancellationToken)
    {
        Task cleared;
        lock (sync)
        {
            cleared = clear.Task;
        }

        try
        {
            await cleared.WaitAsync(MaxHold, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Held as long as a caller may be: the calls still being set up wait on Asterisk, not on this one.
        }
    }

    /// <summary>Runs <paramref name="send"/> once no call is being set up (or after <see cref="MaxHold"/>), at most <see cref="MaxReleasedAtOnce"/> at a time.</summary>
    public async Task SendOnceClearAsync(Func<Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        await WhenClearAsync(cancellationToken);
        await released.WaitAsync(cancellationToken);
        try
        {
            await send();
        }
        finally
        {
            released.Release();
        }
    }

    public void Dispose() => released.Dispose();

    private void Leave()
    {
        lock (sync)
        {
            if (--settingUp == 0)
            {
                clear.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Cleared()
    {
        var cleared = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cleared.SetResult();
        return cleared;
    }

    private sealed class Entry(CallSetupGate gate) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                gate.Leave();
            }
        }
    }
}
