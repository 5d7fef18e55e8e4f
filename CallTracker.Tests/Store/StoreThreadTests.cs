using CallTracker.Store;

namespace CallTracker.Tests.Store;

public sealed class StoreThreadTests
{
    [Test]
    [CancelAfter(5_000)]
    public async Task A_loop_resumes_on_its_own_thread_after_every_await_never_on_the_thread_pool(CancellationToken cancellationToken)
    {
        using var thread = new StoreThread("store-test");
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = new List<(string? Name, bool Pool)>();

        var loop = thread.Run(async () =>
        {
            seen.Add((Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread));
            await next.Task;
            seen.Add((Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread));
        });
        await Task.Run(next.SetResult, cancellationToken);
        await loop.WaitAsync(cancellationToken);

        Assert.That(seen, Is.EqualTo(new[] { ("store-test", false), ("store-test", false) }));
    }

    [Test]
    public void A_loop_woken_after_the_thread_was_disposed_is_dropped_without_an_error()
    {
        var sut = new StoreThread("test");
        sut.Dispose();

        // The thread disposes its queue as soon as it has drained it: some of these wake-ups come before, most after.
        Assert.DoesNotThrow(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                _ = sut.Run(() => Task.CompletedTask);
                Thread.Yield();
            }
        });
    }

    [Test]
    public void Disposing_twice_after_the_thread_has_ended_is_no_error()
    {
        var sut = new StoreThread("test");
        sut.Dispose();

        // The thread disposes its queue as soon as it has drained it, so most of these come after. The container disposes
        // a service once for each type it is registered as.
        Assert.That(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                sut.Dispose();
                Thread.Yield();
            }
        }, Throws.Nothing);
    }
}
