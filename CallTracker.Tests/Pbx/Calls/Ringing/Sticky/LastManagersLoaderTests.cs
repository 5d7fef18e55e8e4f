using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CallTracker.Tests.Pbx.Calls.Ringing.Sticky;

public sealed class LastManagersLoaderTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider time = null!;
    private LastManagers lastManagers = null!;

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(Now);
        lastManagers = new LastManagers(Options.Create(new RoutingOptions { StickyDays = 90 }), time);
    }

    [Test, CancelAfter(10_000)]
    public async Task Start_up_remembers_who_answered_each_caller_last_within_StickyDays(CancellationToken cancellationToken)
    {
        var calls = new SqliteCallRepository(Database.ConnectionFactory);
        await calls.InsertAsync(Answered("c1", "+79160000001", "PJSIP/101", Now.AddDays(-20)), cancellationToken);
        await calls.InsertAsync(Answered("c2", "+79160000001", "PJSIP/102", Now.AddDays(-5)), cancellationToken);
        await calls.InsertAsync(Answered("c3", "+79160000002", "PJSIP/103", Now.AddDays(-91)), cancellationToken);
        await calls.InsertAsync(Answered("c4", "+79160000003", "PJSIP/101", Now.AddDays(-89)), cancellationToken);
        using var sut = CreateSut(calls);

        await sut.StartAsync(cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(lastManagers.Find("79160000001"), Is.EqualTo("PJSIP/102"), "the latest answer");
            Assert.That(lastManagers.Find("79160000002"), Is.Null, "answered before the window");
            Assert.That(lastManagers.Find("79160000003"), Is.EqualTo("PJSIP/101"), "inside the window");
            Assert.That(lastManagers.Count, Is.EqualTo(2));
        });
    }

    [Test, CancelAfter(10_000)]
    public async Task Start_up_goes_on_without_the_history_when_the_store_cannot_be_read(CancellationToken cancellationToken)
    {
        var calls = new Mock<ICallRepository>();
        calls.Setup(c => c.ListLastAnswersAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SqliteException("disk I/O error", 10));
        using var sut = CreateSut(calls.Object);

        await sut.StartAsync(cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.That(lastManagers.Count, Is.Zero);
        calls.Verify(c => c.ListLastAnswersAsync(Now.AddDays(-90), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test, CancelAfter(10_000)]
    public async Task Callers_who_leave_the_window_are_evicted_within_the_hour(CancellationToken cancellationToken)
    {
        lastManagers.Remember("79160000001", "PJSIP/101", Now.AddDays(-90).AddMinutes(30));
        lastManagers.Remember("79160000002", "PJSIP/102", Now.AddDays(-1));
        using var sut = CreateSut(new SqliteCallRepository(Database.ConnectionFactory));
        await sut.StartAsync(cancellationToken);

        time.Advance(LastManagersLoader.EvictionInterval);
        await Eventually.ThatAsync(() => lastManagers.Count == 1, "the hourly eviction runs", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.That(lastManagers.Find("79160000002"), Is.EqualTo("PJSIP/102"));
    }

    private static CallRow Answered(string id, string callerNumber, string endpoint, DateTimeOffset answeredAt) => new()
    {
        Id = id,
        ChannelId = "chan-" + id,
        TrackingNumber = "74950000001",
        CallerNumber = callerNumber,
        RouteName = "sales",
        ArrivedAt = answeredAt.AddSeconds(-5),
        AnsweredAt = answeredAt,
        EndedAt = answeredAt.AddMinutes(3),
        Status = "Answered",
        AnsweredBy = endpoint,
    };

    private LastManagersLoader CreateSut(ICallRepository calls) => new(calls, lastManagers, time, NullLogger<LastManagersLoader>.Instance);
}
