namespace CallTracker.Pbx.Calls;

/// <summary>The one way call handling waits: for the first of several things, with a deadline on the call's clock.</summary>
internal static class CallWaits
{
    /// <returns>
    /// The index of the first of <paramref name="tasks"/> that is complete (the lowest index when several are), or -1
    /// when <paramref name="timeout"/> passed first; null waits without a deadline.
    /// </returns>
    public static async Task<int> FirstAsync(TimeSpan? timeout, TimeProvider time, CancellationToken cancellationToken, params Task[] tasks)
    {
        var done = FirstCompleted(tasks);
        if (done >= 0 || timeout <= TimeSpan.Zero)
        {
            return done;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = timeout is { } limit ? Task.Delay(limit, time, stop.Token) : Task.Delay(Timeout.Infinite, stop.Token);
        await Task.WhenAny([.. tasks, deadline]);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return FirstCompleted(tasks);
    }

    private static int FirstCompleted(Task[] tasks)
    {
        for (var i = 0; i < tasks.Length; i++)
        {
            if (tasks[i].IsCompleted)
            {
                return i;
            }
        }

        return -1;
    }
}
