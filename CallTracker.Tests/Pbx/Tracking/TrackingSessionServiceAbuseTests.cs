using static CallTracker.Tests.Pbx.Tracking.TrackingServices;

namespace CallTracker.Tests.Pbx.Tracking;

/// <summary>What scripts (requests without a page's Origin) and overflowing sessions can and cannot do to a pool.</summary>
[CancelAfter(20_000)]
public sealed class TrackingSessionServiceAbuseTests
{
    private static readonly Uri Page = new("https://shop.example/sofas/red");

    private TrackingServices services;

    [SetUp]
    public async Task SetUp() => services = await CreateAsync(CancellationToken.None);

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public async Task Visits_without_an_allowed_origin_see_the_default_number_and_never_drain_the_pool(CancellationToken cancellationToken)
    {
        for (var i = 0; i < 5; i++)
        {
            var script = await services.SessionService.StartAsync(PaidVisit($"script-{i}") with { FromAllowedOrigin = false }, cancellationToken);
            Assert.That(script.Number, Is.EqualTo("74950000001"));
        }

        var page = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);

        Assert.That(page.Number, Is.EqualTo("74950000011"));
        Assert.That(services.Allocator.Find("shop", "paid")!.CountHeld(Start), Is.EqualTo(1));
    }

    [Test]
    public async Task A_ping_without_an_origin_does_not_keep_a_number_held(CancellationToken cancellationToken)
    {
        var held = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        for (var minute = 29; minute <= 58; minute += 29)
        {
            services.Time.Advance(TimeSpan.FromMinutes(29));
            await services.SessionService.PingAsync("shop", held.SessionId, Page, fromAllowedOrigin: false, cancellationToken);
        }

        Assert.That(services.Allocator.Find("shop", "paid")!.CountHeld(services.Time.GetUtcNow()), Is.Zero);
    }

    [Test]
    public async Task An_overflowing_session_is_counted_once_however_often_it_pings(CancellationToken cancellationToken)
    {
        for (var i = 1; i <= 3; i++)
        {
            await services.SessionService.StartAsync(PaidVisit($"visitor-{i}"), cancellationToken);
        }

        var overflow = await services.SessionService.StartAsync(PaidVisit("visitor-4"), cancellationToken);
        for (var i = 0; i < 5; i++)
        {
            services.Time.Advance(TimeSpan.FromSeconds(30));
            await services.SessionService.PingAsync("shop", overflow.SessionId, Page, fromAllowedOrigin: true, cancellationToken);
        }

        await services.SessionService.StartAsync(PaidVisit("visitor-5"), cancellationToken);

        Assert.That(services.Allocator.Find("shop", "paid")!.Overflows, Is.EqualTo(2));
    }
}
