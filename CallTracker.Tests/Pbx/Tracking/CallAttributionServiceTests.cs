using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Moq;
using static CallTracker.Tests.Pbx.Tracking.TrackingServices;

namespace CallTracker.Tests.Pbx.Tracking;

[CancelAfter(20_000)]
public sealed class CallAttributionServiceTests
{
    private const string Caller = "+7 916 123-45-67";
    private static readonly Uri Page = new("https://shop.example/sofas");

    private TrackingServices services;

    [SetUp]
    public async Task SetUp() => services = await CreateAsync(CancellationToken.None);

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public async Task A_call_to_the_pool_number_of_an_open_page_is_an_exact_match_with_the_visits_source(CancellationToken cancellationToken)
    {
        var session = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        services.Time.Advance(TimeSpan.FromSeconds(20));

        var attribution = await AttributeAsync("c1", session.Number, cancellationToken);

        Assert.That(
            (attribution.Reason, attribution.SessionId, attribution.Source, attribution.Channel, attribution.Campaign),
            Is.EqualTo(("Exact", session.SessionId, "google", "paid", "spring")));
    }

    [Test]
    public async Task A_call_after_the_page_closed_but_within_the_hold_is_within_hold(CancellationToken cancellationToken)
    {
        var session = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(29));

        var attribution = await AttributeAsync("c1", session.Number, cancellationToken);

        Assert.That((attribution.Reason, attribution.SessionId), Is.EqualTo(("WithinHold", session.SessionId)));
    }

    [Test]
    public async Task A_call_after_the_hold_is_unknown(CancellationToken cancellationToken)
    {
        var session = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(31));

        var attribution = await AttributeAsync("c1", session.Number, cancellationToken);

        Assert.That((attribution.Reason, attribution.SessionId), Is.EqualTo(("Unknown", (string?)null)));
    }

    [Test]
    public async Task Two_sessions_holding_the_number_make_it_ambiguous_and_the_most_recently_active_wins(CancellationToken cancellationToken)
    {
        var first = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.SessionService.PingAsync("shop", first.SessionId, Page, fromAllowedOrigin: true, cancellationToken);
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.SessionService.PingAsync("shop", second.SessionId, Page, fromAllowedOrigin: true, cancellationToken);

        var attribution = await AttributeAsync("c1", first.Number, cancellationToken);

        Assert.That((attribution.Reason, attribution.SessionId, attribution.Candidates), Is.EqualTo(("Ambiguous", second.SessionId, 2)));
    }

    [TestCase("+7 495 000-00-02", "Static", "Billboard")]
    [TestCase("74950000009", "Overflow", null)]
    [TestCase("74950000001", "Unknown", null)]
    [TestCase("74990000000", "Unknown", null)]
    public async Task Numbers_without_sessions_are_attributed_by_their_role(string number, string reason, string? source, CancellationToken cancellationToken)
    {
        var attribution = await AttributeAsync("c1", number, cancellationToken);

        Assert.That((attribution.Reason, attribution.Source), Is.EqualTo((reason, source)));
    }

    [Test]
    public async Task A_callers_first_source_is_kept_and_the_latest_follows_each_call(CancellationToken cancellationToken)
    {
        await AttributeAsync("c1", "74950000002", cancellationToken);
        services.Time.Advance(TimeSpan.FromDays(1));
        var session = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        await AttributeAsync("c2", session.Number, cancellationToken);
        services.Time.Advance(TimeSpan.FromDays(1));
        await AttributeAsync("c3", "74990000000", cancellationToken);

        var touches = await services.Touches.GetAsync("79161234567", cancellationToken);

        Assert.That((touches!.First.CallId, touches.First.Source), Is.EqualTo(("c1", "Billboard")));
        Assert.That((touches.Last.CallId, touches.Last.Source, touches.Last.SessionId), Is.EqualTo(("c2", "google", session.SessionId)), "an unknown source is no touch");
    }

    [Test]
    public async Task A_store_failure_while_deciding_is_logged_and_the_call_goes_on_unattributed(CancellationToken cancellationToken)
    {
        var session = await services.SessionService.StartAsync(PaidVisit("visitor-a"), cancellationToken);
        var broken = new Mock<INumberAssignmentRepository>();
        broken.Setup(r => r.ListCandidatesAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new SqliteException("database is locked", 5));
        var logger = new Mock<ILogger<CallAttributionService>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);

        var attribution = await services.CreateAttribution(broken.Object, logger.Object).DecideAsync("c1", session.Number, services.Time.GetUtcNow(), cancellationToken);

        Assert.That(attribution, Is.Null);
#pragma warning disable CA1873 // Moq only reads this expression; nothing is logged here.
        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<SqliteException>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
#pragma warning restore CA1873
    }

    private async Task<CallAttributionRow> AttributeAsync(string callId, string number, CancellationToken cancellationToken)
    {
        await services.InsertCallAsync(callId, number, Caller, cancellationToken);
        var attribution = services.CreateAttribution();
        await attribution.StoreAsync((await attribution.DecideAsync(callId, number, services.Time.GetUtcNow(), cancellationToken))!, Caller, cancellationToken);
        return (await services.Attributions.GetAsync(callId, cancellationToken))!;
    }
}
