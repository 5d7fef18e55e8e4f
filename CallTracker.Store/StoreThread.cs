using System.Collections.Concurrent;

namespace CallTracker.Store;

/// <summary>
/// A thread of its own for a loop that keeps calling the store. SQLite's async methods complete synchronously, so such
/// a loop on the thread pool holds a pool thread through every read and disk write; on a small machine two of them
/// hold the whole pool, and call handling, whose REST replies and events need it, stalls until the pool grows. Every
/// continuation of a loop started here resumes on this thread.
/// </summary>
public sealed class StoreThread : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> work = [];
    private readonly Thread thread;

    public StoreThread(string name)
    {
        thread = new Thread(RunQueued) { IsBackground = true, Name = name };
        thread.Start();
    }

    /// <summary>Starts <paramref name="loop"/> here; the task completes when the loop does.</summary>
    public Task Run(Func<Task> loop) =>
        Task.Factory.StartNew(loop, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>Lets the thread end once what is queued has run; nothing queued later runs. A second call does nothing.</summary>
    public void Dispose()
    {
        try
        {
            work.CompleteAdding();
        }
        catch (ObjectDisposedException)
        {
            // Disposed before, and the thread has since drained and disposed the queue.
        }
    }

    protected override void QueueTask(Task task)
    {
        try
        {
            work.Add(task);
        }
        catch (Exception e) when (e is ObjectDisposedException || (e is InvalidOperationException && work.IsAddingCompleted))
        {
            // Disposed with the service: a loop woken while the process ends is not resumed. Once the thread has
            // drained the queue it disposes it, and a late wake-up then meets a disposed collection.
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => work.ToArray();

    private void RunQueued()
    {
        foreach (var task in work.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }

        work.Dispose();
    }
}
