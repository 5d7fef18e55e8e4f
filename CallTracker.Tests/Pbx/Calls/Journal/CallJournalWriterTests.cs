using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CallTracker.Tests.Pbx.Calls.Journal;

[CancelAfter(20_000)]
public sealed class CallJournalWriterTests
{
    private static readonly DateTimeOffset Arrival = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private TempDatabase database = null!;

    [SetUp]
    public async Task SetUp()
    {
        database = new TempDatabase();
        await database.MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public void TearDown() => database.Dispose();

    [Test]
    public async Task A_calls_events_become_its_row_its_history_in_order_and_its_tags(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _);
        await sut.StartAsync(cancellationToken);

        Publish(sut, 0, Arrived());
        Publish(sut, 1, new LegRinging("PJSIP/101", "Anna", 1, 20));
        Publish(sut, 6, new CallAnswered("PJSIP/101", "Anna", Arrival.AddSeconds(6)));
        Publish(sut, 66, new CallerLeft("PJSIP/101"));
        Publish(sut, 70, new CallTagged("1", "Sale", 5000, false, "PJSIP/101", Arrival.AddSeconds(70)));
        Publish(sut, 72, new CallEnded(CallStatus.Answered));
        await sut.FlushAsync(cancellationToken);

        var row = await Calls.GetAsync("c1", cancellationToken);
        var events = await new SqliteCallEventRepository(database.ConnectionFactory).ListForCallAsync("c1", cancellationToken);
        var tags = await new SqliteCallTagRepository(database.ConnectionFactory).ListForCallAsync("c1", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That((row!.Status, row.WaitSeconds, row.TalkSeconds, row.AnsweredBy), Is.EqualTo(("Answered", 6, 60, "PJSIP/101")));
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { "Arrived", "ManagerRinging", "Answered", "CallerHungUp", "Tagged", "Ended" }));
            Assert.That(events[^1].DetailJson, Does.Contain("\"talkSeconds\":60"));
            Assert.That(tags.Select(t => (t.CategoryCode, t.Value, t.TaggedBy)), Is.EqualTo(new[] { ("1", 5000L, "PJSIP/101") }));
        });
    }

    [Test]
    public async Task Stopping_writes_every_event_published_before(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _);
        await sut.StartAsync(cancellationToken);
        Publish(sut, 0, Arrived());
        Publish(sut, 3, new CallEnded(CallStatus.CallerHungUpBeforeAnswer));

        await sut.StopAsync(cancellationToken);

        Assert.That((await Calls.GetAsync("c1", cancellationToken))!.Status, Is.EqualTo("CallerHungUpBeforeAnswer"));
    }

    [Test]
    public void A_full_queue_logs_the_event_in_full_and_never_waits()
    {
        var sut = CreateSut(out var logger);
        for (var i = 0; i < CallJournalWriter.Capacity; i++)
        {
            Publish(sut, 0, new LegRinging("PJSIP/101", "Anna", i, 20));
        }

        Publish(sut, 1, new LegRinging("PJSIP/102", "Boris", 7, 20));

        Assert.That(sut.Dropped, Is.EqualTo(1));
#pragma warning disable CA1873 // Moq only reads this expression; nothing is logged here.
        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.Is<It.IsAnyType>((v, _) => v.ToString()!.Contains("PJSIP/102")), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
#pragma warning restore CA1873
    }

    private SqliteCallRepository Calls => new(database.ConnectionFactory);

    private static CallArrived Arrived() => new("chan-1", "74950000001", "79161234567", "Ivan", "sales", true, CallRow.InboundDirection);

    private static void Publish(CallJournalWriter sut, int second, CallEvent callEvent) =>
        sut.Publish(callEvent with { CallId = "c1", At = Arrival.AddSeconds(second) });

    private CallJournalWriter CreateSut(out Mock<ILogger<CallJournalWriter>> logger)
    {
        var factory = database.ConnectionFactory;
        var types = new CallTypeClassifier(new SqliteCallTypeRepository(factory), Options.Create(new CallTypeOptions()), NullLogger<CallTypeClassifier>.Instance);
        var journal = new CallJournal(Calls, new SqliteCallEventRepository(factory), types, new FakeTimeProvider(Arrival), NullLogger<CallJournal>.Instance);
        logger = new Mock<ILogger<CallJournalWriter>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        return new CallJournalWriter(journal, new Mock<ICallAttribution>().Object, new SqliteCallTagRepository(factory), logger.Object);
    }
}
