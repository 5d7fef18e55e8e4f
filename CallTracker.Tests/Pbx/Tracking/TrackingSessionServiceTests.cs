using CallTracker.Pbx.Tracking;
using Microsoft.Extensions.Logging.Abstractions;
using static CallTracker.Tests.Pbx.Tracking.TrackingServices;

namespace CallTracker.Tests.Pbx.Tracking;

[CancelAfter(20_000)]
public sealed class TrackingSessionServiceTests
{
    private static readonly Uri Page = new("https://shop.example/sofas/red");

    private TrackingServices services;

    [SetUp]
    public async Task SetUp() => services = await CreateAsync(CancellationToken.None);

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public async Task A_paid_visit_gets_a_pool_number_and_its_session_keeps_every_parameter(CancellationToken cancellationToken)
    {
        var result = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);

        var session = await services.Sessions.GetAsync(result.SessionId, cancellationToken);
        var assignments = await services.Assignments.ListForSessionAsync(result.SessionId, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That((result.Number, result.DefaultNumber, result.PingSeconds), Is.EqualTo(("74950000011", "74950000001", 30)));
            Assert.That((session!.UtmCampaign, session.Keyword, session.Device, session.Channel, session.Source), Is.EqualTo(("spring", "buy sofa", "mobile", "paid", "google")));
            Assert.That((session.NumberKind, session.Pool), Is.EqualTo(("Pool", "paid")));
            Assert.That(assignments.Select(a => (a.Number, a.FromAt, a.ToAt)), Is.EqualTo(new[] { ("74950000011", Start, Start.AddMinutes(30)) }));
        });
    }

    [Test]
    public async Task A_returning_visitor_within_the_hold_keeps_the_same_number(CancellationToken cancellationToken)
    {
        var first = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        await services.SessionService.StartAsync(PaidVisit("visitor-b"), cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(25));

        var back = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);

        Assert.That((back.Number, back.SessionId), Is.EqualTo((first.Number, back.SessionId)));
        Assert.That(back.SessionId, Is.Not.EqualTo(first.SessionId), "a return is a new visit");
    }

    [Test]
    public async Task Pings_keep_the_number_held_for_as_long_as_the_page_is_open(CancellationToken cancellationToken)
    {
        var held = await StartFullPoolAsync(cancellationToken);
        for (var minute = 1; minute <= 90; minute++)
        {
            services.Time.Advance(TimeSpan.FromMinutes(1));
            await services.SessionService.PingAsync("shop", held[0].SessionId, Page, fromAllowedOrigin: true, cancellationToken);
        }

        var newcomer = await services.SessionService.StartAsync(PaidVisit("visitor-new"), cancellationToken);
        var assignments = await services.Assignments.ListForSessionAsync(held[0].SessionId, cancellationToken);

        Assert.That(newcomer.Number, Is.Not.EqualTo(held[0].Number));
        Assert.That(assignments.Select(a => (a.FromAt, a.ToAt)), Is.EqualTo(new[] { (Start, Start.AddMinutes(120)) }));
    }

    [Test]
    public async Task An_exhausted_pool_shows_the_overflow_number_and_counts_it(CancellationToken cancellationToken)
    {
        await StartFullPoolAsync(cancellationToken);

        var overflow = await services.SessionService.StartAsync(PaidVisit("visitor-4"), cancellationToken);

        var session = await services.Sessions.GetAsync(overflow.SessionId, cancellationToken);
        var counts = await services.Sessions.CountOverflowsByPoolAsync(cancellationToken);
        Assert.That((overflow.Number, session!.NumberKind), Is.EqualTo(("74950000009", "Overflow")));
        Assert.That((counts[("shop", "paid")], services.Allocator.Find("shop", "paid")!.Overflows), Is.EqualTo((1L, 1L)));
    }

    [Test]
    public async Task An_overflow_session_gets_a_pool_number_by_ping_once_one_is_released(CancellationToken cancellationToken)
    {
        await StartFullPoolAsync(cancellationToken);
        var overflow = await services.SessionService.StartAsync(PaidVisit("visitor-4"), cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(31));

        var ping = await services.SessionService.PingAsync("shop", overflow.SessionId, Page, fromAllowedOrigin: true, cancellationToken);

        var session = await services.Sessions.GetAsync(overflow.SessionId, cancellationToken);
        Assert.That((ping!.Number, session!.NumberKind), Is.EqualTo(("74950000011", "Pool")));
    }

    [Test]
    public async Task After_the_hold_the_number_goes_to_the_next_visitor_and_the_old_page_is_given_another(CancellationToken cancellationToken)
    {
        var held = await StartFullPoolAsync(cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(31));
        var newcomer = await services.SessionService.StartAsync(PaidVisit("visitor-new"), cancellationToken);

        var woken = await services.SessionService.PingAsync("shop", held[0].SessionId, Page, fromAllowedOrigin: true, cancellationToken);

        Assert.That(newcomer.Number, Is.EqualTo(held[0].Number), "the least recently released number");
        Assert.That(woken!.Number, Is.EqualTo(held[1].Number));
    }

    [Test]
    public async Task A_geo_rule_visit_gets_its_static_number_and_holds_nothing(CancellationToken cancellationToken)
    {
        var result = await services.SessionService.StartAsync(PaidVisit("visitor-kz", country: "KZ"), cancellationToken);

        Assert.That(result.Number, Is.EqualTo("77270000001"));
        Assert.That(await services.Assignments.ListForSessionAsync(result.SessionId, cancellationToken), Is.Empty);
    }

    [Test]
    public async Task A_ping_records_the_pages_visited(CancellationToken cancellationToken)
    {
        var result = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        services.Time.Advance(TimeSpan.FromSeconds(30));

        await services.SessionService.PingAsync("shop", result.SessionId, Page, fromAllowedOrigin: true, cancellationToken);

        var pages = await services.Sessions.ListPagesAsync(result.SessionId, cancellationToken);
        Assert.That(pages.Select(p => p.Url), Is.EqualTo(new[] { PaidVisit("x").LandingUrl.OriginalString, Page.OriginalString }));
    }

    [TestCase("shop", "00000000000000000000000000000000")]
    [TestCase("other-site", null)]
    public async Task A_ping_for_an_unknown_session_or_another_sites_session_finds_nothing(string site, string? sessionId, CancellationToken cancellationToken)
    {
        var real = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);

        var result = await services.SessionService.PingAsync(site, sessionId ?? real.SessionId, Page, fromAllowedOrigin: true, cancellationToken);

        Assert.That(result, Is.Null);
    }

    [Test]
    public async Task After_a_restart_the_numbers_still_held_are_not_handed_out_again(CancellationToken cancellationToken)
    {
        var held = await StartFullPoolAsync(cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(10));
        var restarted = new NumberPoolAllocator(services.Directory);
        await new NumberPoolWarmup(restarted, services.Assignments, services.Time, NullLogger<NumberPoolWarmup>.Instance).StartAsync(cancellationToken);

        var newcomer = restarted.Find("shop", "paid")!.Acquire("visitor-new", services.Time.GetUtcNow(), services.Directory.Hold);
        var owner = restarted.Find("shop", "paid")!.Acquire("visitor-2", services.Time.GetUtcNow(), services.Directory.Hold);

        Assert.That((newcomer.IsOverflow, owner.Number), Is.EqualTo((true, held[1].Number)));
    }

    /// <summary>Visitors 1 to 3 take the pool's three numbers, in order.</summary>
    private async Task<TrackingSessionResult[]> StartFullPoolAsync(CancellationToken cancellationToken)
    {
        var results = new List<TrackingSessionResult>();
        foreach (var visitor in (string[])["visitor-1", "visitor-2", "visitor-3"])
        {
            results.Add(await services.SessionService.StartAsync(PaidVisit(visitor), cancellationToken));
        }

        return [.. results];
    }
}
