using CallTracker.Pbx.Calls;
using CallTracker.Tests.Pbx.Ari;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls;

public sealed class CallWatchdogTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    [Test]
    public void A_wait_past_its_deadline_ends_the_call_and_is_logged_with_what_it_waited_for()
    {
        var (time, lifetime, logs, sut) = CreateSut();
        using (lifetime)
        using (sut)
        {
            using var wait = sut.Watch("PlaybackFinished of pb-1", TimeSpan.FromSeconds(30));

            AdvanceSecondBySecond(time, 36);

            Assert.Multiple(() =>
            {
                Assert.That(lifetime.IsCancellationRequested, Is.True, "the call's lifetime ends");
                Assert.That(sut.Expired, Is.EqualTo("PlaybackFinished of pb-1"));
                Assert.That(logs.Messages, Has.Exactly(1).Contains("waited 35 s").And.Contains("PlaybackFinished of pb-1"));
            });
        }
    }

    [Test]
    public void A_wait_that_ends_in_time_leaves_the_call_alone()
    {
        var (time, lifetime, logs, sut) = CreateSut();
        using (lifetime)
        using (sut)
        {
            using (sut.Watch("the ring outcome", TimeSpan.FromSeconds(30)))
            {
                time.Advance(TimeSpan.FromSeconds(25));
            }

            time.Advance(TimeSpan.FromMinutes(10));

            Assert.Multiple(() =>
            {
                Assert.That(lifetime.IsCancellationRequested, Is.False);
                Assert.That(sut.Expired, Is.Null);
                Assert.That(logs.Messages, Is.Empty);
            });
        }
    }

    [Test]
    public void The_inner_wait_that_overran_is_the_one_named()
    {
        var (time, lifetime, _, sut) = CreateSut();
        using (lifetime)
        using (sut)
        {
            using var conversation = sut.Watch("the caller or the manager to hang up", TimeSpan.FromHours(4));
            using var tagging = sut.Watch("the tagging menu", TimeSpan.FromMinutes(10));

            AdvanceSecondBySecond(time, 11 * 60);

            Assert.That(sut.Expired, Is.EqualTo("the tagging menu"));
        }
    }

    private static void AdvanceSecondBySecond(FakeTimeProvider time, int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static (FakeTimeProvider Time, CancellationTokenSource Lifetime, ListLogger Logs, CallWatchdog Sut) CreateSut()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var lifetime = new CancellationTokenSource();
        var logs = new ListLogger();
        return (time, lifetime, logs, new CallWatchdog(lifetime, time, Period, logs));
    }
}
