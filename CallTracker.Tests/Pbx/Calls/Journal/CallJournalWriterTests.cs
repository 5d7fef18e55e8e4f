using System.Collections.Concurrent;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Reports;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;
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
    private FakeTimeProvider time = null!;
    private CallSetupGate setup = null!;

    [SetUp]
    public async Task SetUp()
    {
        database = new TempDatabase();
        time = new FakeTimeProvider(Arrival);
        setup = new CallSetupGate(time);
        await database.MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public void TearDown()
    {
        setup.Dispose();
        database.Dispose();
    }

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

    [Test]
    public async Task Events_waiting_in_the_queue_are_stored_in_one_batch_with_their_attribution_and_touch(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _, CountingStore(out var batches));
        foreach (var call in new[] { "c1", "c2", "c3" })
        {
            sut.Publish(Arrived() with { CallId = call, At = Arrival });
            sut.Publish(new CallAttributed(Attribution(call), "+7 916 123-45-67") { CallId = call, At = Arrival });
            sut.Publish(new CallEnded(CallStatus.Missed) { CallId = call, At = Arrival.AddSeconds(20) });
        }

        await sut.StartAsync(cancellationToken);
        await sut.FlushAsync(cancellationToken);

        var touches = await new SqliteCallerTouchRepository(database.ConnectionFactory).GetAsync("79161234567", cancellationToken);
        Assert.Multiple(async () =>
        {
            Assert.That(batches, Is.EqualTo(new[] { 9 }), "one transaction for everything that was waiting");
            Assert.That((await Calls.GetAsync("c3", cancellationToken))!.Status, Is.EqualTo("Missed"));
            Assert.That((await new SqliteCallAttributionRepository(database.ConnectionFactory).GetAsync("c2", cancellationToken))!.Source, Is.EqualTo("billboard"));
            Assert.That((touches!.First.CallId, touches.Last.CallId), Is.EqualTo(("c1", "c3")));
        });
    }

    [Test]
    public async Task A_backlog_longer_than_a_batch_is_stored_in_batches_of_at_most_BatchSize(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _, CountingStore(out var batches));
        Publish(sut, 0, Arrived());
        for (var attempt = 1; attempt < 1_200; attempt++)
        {
            Publish(sut, 1, new LegRinging("PJSIP/101", "Anna", attempt, 20));
        }

        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(
            () =>
            {
                time.Advance(CallJournalWriter.Pause);
                return batches.Sum() == 1_200;
            },
            "every moment is stored",
            cancellationToken);

        Assert.That(batches, Is.EqualTo(new[] { CallJournalWriter.BatchSize, CallJournalWriter.BatchSize, 200 }));
        await sut.StopAsync(cancellationToken);
    }

    [Test]
    public async Task A_calls_first_moment_is_stored_once_the_calls_pause_without_anybody_flushing(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _);
        await sut.StartAsync(cancellationToken);

        Publish(sut, 0, Arrived());

        await UntilC1IsStoredAsync(TimeSpan.FromMilliseconds(10), "the call's row is stored once no event came for a while", cancellationToken);
        await sut.StopAsync(cancellationToken);
    }

    [Test]
    public async Task Events_keep_gathering_while_calls_keep_coming_but_no_longer_than_the_longest_wait(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _);
        await sut.StartAsync(cancellationToken);
        Publish(sut, 0, Arrived());
        var started = time.GetUtcNow();

        // A new moment every 40 ms: the calls never pause as long as the writer waits for.
        var attempt = 0;
        await UntilC1IsStoredAsync(
            TimeSpan.FromMilliseconds(40),
            "the call's row is stored while its moments keep coming",
            cancellationToken,
            () => sut.Publish(new LegRinging("PJSIP/101", "Anna", ++attempt, 20) { CallId = "c1", At = time.GetUtcNow() }));

        Assert.That(time.GetUtcNow() - started, Is.GreaterThanOrEqualTo(CallJournalWriter.MaxWait - TimeSpan.FromMilliseconds(40)));
        await sut.StopAsync(cancellationToken);
    }

    [Test]
    public async Task Events_wait_while_a_call_is_still_before_its_first_dial_and_are_stored_once_it_has_dialled(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _);
        await sut.StartAsync(cancellationToken);
        var dialling = setup.Enter();
        Publish(sut, 0, Arrived());

        // The events have paused many times over, but a call still waits for its dial: its CPU comes first.
        for (var step = 0; step < 10; step++)
        {
            time.Advance(CallJournalWriter.Pause);
            await Task.Delay(5, cancellationToken);
        }

        var storedWhileDialling = await Calls.GetAsync("c1", cancellationToken) is not null;
        dialling.Dispose();
        await UntilC1IsStoredAsync(TimeSpan.FromMilliseconds(10), "the call's row is stored once no call is before its first dial", cancellationToken);

        Assert.That(storedWhileDialling, Is.False);
        await sut.StopAsync(cancellationToken);
    }

    [Test]
    public async Task A_call_that_never_dials_holds_the_events_no_longer_than_the_longest_wait(CancellationToken cancellationToken)
    {
        var sut = CreateSut(out _);
        await sut.StartAsync(cancellationToken);
        using var stuck = setup.Enter();
        Publish(sut, 0, Arrived());
        var started = time.GetUtcNow();

        await UntilC1IsStoredAsync(TimeSpan.FromMilliseconds(50), "the call's row is stored although a call never dials", cancellationToken);

        Assert.That(time.GetUtcNow() - started, Is.GreaterThanOrEqualTo(CallJournalWriter.MaxWait - TimeSpan.FromMilliseconds(50)));
        await sut.StopAsync(cancellationToken);
    }

    [Test]
    public async Task A_moment_the_store_refuses_costs_only_itself_and_is_logged_in_full(CancellationToken cancellationToken)
    {
        var journalLogger = new Mock<ILogger<CallJournal>>();
        journalLogger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var sut = CreateSut(out _, journalLogger: journalLogger.Object);
        Publish(sut, 0, Arrived());
        // A moment of a call the store has never heard of breaks the foreign key: the batch around it must still land.
        sut.Publish(new LegRinging("PJSIP/109", "Ghost", 1, 20) { CallId = "ghost", At = Arrival });
        Publish(sut, 5, new CallEnded(CallStatus.Missed));

        await sut.StartAsync(cancellationToken);
        await sut.FlushAsync(cancellationToken);

        var events = await new SqliteCallEventRepository(database.ConnectionFactory).ListForCallAsync("c1", cancellationToken);
        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { "Arrived", "Ended" }));
        Assert.That((await Calls.GetAsync("c1", cancellationToken))!.Status, Is.EqualTo("Missed"));
#pragma warning disable CA1873 // Moq only reads this expression; nothing is logged here.
        journalLogger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.Is<It.IsAnyType>((v, _) => v.ToString()!.Contains("ghost") && v.ToString()!.Contains("PJSIP/109")), It.IsAny<Exception>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
#pragma warning restore CA1873
    }

    private SqliteCallRepository Calls => new(database.ConnectionFactory);

    /// <summary>The real store, noting the size of each batch it is handed.</summary>
    private ICallJournalStore CountingStore(out ConcurrentQueue<int> batches)
    {
        var real = new SqliteCallJournalStore(database.ConnectionFactory);
        var sizes = new ConcurrentQueue<int>();
        var store = new Mock<ICallJournalStore>();
        store.Setup(s => s.WriteAsync(It.IsAny<IReadOnlyList<CallJournalEntry>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<CallJournalEntry> entries, CancellationToken ct) =>
            {
                sizes.Enqueue(entries.Count);
                return real.WriteAsync(entries, ct);
            });
        batches = sizes;
        return store.Object;
    }

    private static CallAttributionRow Attribution(string callId) => new()
    {
        CallId = callId,
        TrackingNumber = "74950000001",
        Reason = "Static",
        Source = "billboard",
        Channel = "offline",
        AttributedAt = Arrival,
    };

    private static CallArrived Arrived() => new("chan-1", "74950000001", "79161234567", "Ivan", "sales", true, CallRow.InboundDirection);

    /// <summary>Moves the clock on by <paramref name="step"/> (after <paramref name="eachStep"/>, if any) until call c1's row is stored.</summary>
    private Task UntilC1IsStoredAsync(TimeSpan step, string because, CancellationToken cancellationToken, Action? eachStep = null) =>
        Eventually.ThatAsync(
            async () =>
            {
                eachStep?.Invoke();
                time.Advance(step);
                return await Calls.GetAsync("c1", cancellationToken) is not null;
            },
            because,
            cancellationToken);

    private static void Publish(CallJournalWriter sut, int second, CallEvent callEvent) =>
        sut.Publish(callEvent with { CallId = "c1", At = Arrival.AddSeconds(second) });

    private CallJournalWriter CreateSut(out Mock<ILogger<CallJournalWriter>> logger, ICallJournalStore? store = null, ILogger<CallJournal>? journalLogger = null)
    {
        var factory = database.ConnectionFactory;
        var types = new CallTypeClassifier(new SqliteCallTypeRepository(factory), Options.Create(new CallTypeOptions()), NullLogger<CallTypeClassifier>.Instance);
        var journal = new CallJournal(
            Calls,
            new SqliteCallEventRepository(factory),
            store ?? new SqliteCallJournalStore(factory),
            types,
            time,
            journalLogger ?? NullLogger<CallJournal>.Instance);
        logger = new Mock<ILogger<CallJournalWriter>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var noWebhooks = new Mock<ICallEventOutbox>();
        noWebhooks.Setup(o => o.CollectAsync(It.IsAny<CallEvent>(), It.IsAny<CallRow?>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return new CallJournalWriter(journal, noWebhooks.Object, setup, time, logger.Object);
    }
}
