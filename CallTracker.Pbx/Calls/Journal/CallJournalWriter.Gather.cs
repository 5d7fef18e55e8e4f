namespace CallTracker.Pbx.Calls.Journal;

/// <summary>How long the writer lets events gather before it stores them.</summary>
public sealed partial class CallJournalWriter
{
    /// <summary>
    /// Waits while events keep coming or calls are still on their way to their first dial (a burst's events stop once
    /// every call has asked for its dial, well before the dials are out), unless somebody waits for them to be written.
    /// </summary>
    private async Task GatherAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var seen = -1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A new source before the checks: a flush or stop after them cancels the one this wait watches.
            if (hurry.IsCancellationRequested && !stopping)
            {
                hurry = new CancellationTokenSource();
            }

            var wake = hurry.Token;
            var count = queue.Reader.Count;
            if ((count == seen && setup.IsClear) || Volatile.Read(ref flushesWaiting) > 0 || stopping || time.GetElapsedTime(started) >= MaxWait)
            {
                return;
            }

            seen = count;
            try
            {
                await Task.Delay(Pause, time, wake);
            }
            catch (OperationCanceledException) when (wake.IsCancellationRequested)
            {
                // Hurried: the checks above now end the wait.
            }
        }
    }
}
