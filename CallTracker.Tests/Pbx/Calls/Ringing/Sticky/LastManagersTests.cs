using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls.Ringing.Sticky;

public sealed class LastManagersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider time = null!;

    [SetUp]
    public void SetUp() => time = new FakeTimeProvider(Now);

    [Test]
    public void The_latest_answer_wins_whatever_order_answers_are_remembered_in()
    {
        var sut = CreateSut();

        sut.Remember("79161234567", "PJSIP/101", Now.AddDays(-5));
        sut.Remember("79161234567", "PJSIP/102", Now.AddDays(-1));
        sut.Remember("79161234567", "PJSIP/103", Now.AddDays(-3));

        Assert.That(sut.Find("79161234567"), Is.EqualTo("PJSIP/102"));
    }

    [Test]
    public void A_caller_is_found_whichever_way_the_trunk_writes_the_number()
    {
        var sut = CreateSut();

        sut.Remember("+7 (916) 123-45-67", "PJSIP/101", Now);

        Assert.That(sut.Find("79161234567"), Is.EqualTo("PJSIP/101"));
    }

    [Test]
    public void An_answer_older_than_the_window_is_neither_kept_nor_found()
    {
        var sut = CreateSut(stickyDays: 30);
        sut.Remember("79160000001", "PJSIP/101", Now.AddDays(-31));
        sut.Remember("79160000002", "PJSIP/101", Now.AddDays(-29));

        time.Advance(TimeSpan.FromDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(sut.Find("79160000001"), Is.Null, "too old to remember");
            Assert.That(sut.Find("79160000002"), Is.Null, "left the window since");
            Assert.That(sut.Count, Is.EqualTo(1), "not evicted yet");
        });
    }

    [Test]
    public void Eviction_forgets_the_callers_who_left_the_window_and_keeps_the_others()
    {
        var sut = CreateSut(stickyDays: 30);
        sut.Remember("79160000001", "PJSIP/101", Now.AddDays(-29));
        sut.Remember("79160000002", "PJSIP/102", Now.AddDays(-1));
        time.Advance(TimeSpan.FromDays(2));

        var evicted = sut.Evict();

        Assert.Multiple(() =>
        {
            Assert.That(evicted, Is.EqualTo(1));
            Assert.That(sut.Count, Is.EqualTo(1));
            Assert.That(sut.Find("79160000002"), Is.EqualTo("PJSIP/102"));
        });
    }

    [Test]
    public void A_number_without_digits_is_not_remembered()
    {
        var sut = CreateSut();

        sut.Remember("anonymous", "PJSIP/101", Now);

        Assert.That(sut.Count, Is.Zero);
    }

    private LastManagers CreateSut(int stickyDays = 90) => new(Options.Create(new RoutingOptions { StickyDays = stickyDays }), time);
}
