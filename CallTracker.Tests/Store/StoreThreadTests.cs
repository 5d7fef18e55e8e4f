using CallTracker.Store;

namespace CallTracker.Tests.Store;

public sealed class StoreThreadTests
{
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

        // The thread disposes its queue as soon as it has drained it, so most of these come after. The host disposes its services after stopping them; a writer that
        // disposed its thread on stopping is disposed again.
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
