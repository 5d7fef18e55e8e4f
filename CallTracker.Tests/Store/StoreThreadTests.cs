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
    public void Disposing_twice_as_the_container_does_for_a_service_registered_under_several_types_is_harmless()
    {
        var thread = new StoreThread("store-test");
        thread.Dispose();

        Assert.That(thread.Dispose, Throws.Nothing);
    }
}
