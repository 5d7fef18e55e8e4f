using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Data.Sqlite;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteCallJournalStoreTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Test, CancelAfter(10_000)]
    public async Task A_calls_moments_from_arrival_to_end_land_in_one_batch_with_the_call_row_first(CancellationToken cancellationToken)
    {
        var arrived = Call("c1") with { Status = CallRow.InProgressStatus };
        var ended = Call("c1") with { Status = "Answered", AnsweredAt = At.AddSeconds(4), EndedAt = At.AddSeconds(64), WaitSeconds = 4, TalkSeconds = 60 };
        var tag = new CallTagRow { CallId = "c1", CategoryCode = "1", CategoryName = "Sale", Value = 5000, ValueDefaulted = false, TaggedBy = "PJSIP/101", TaggedAt = At.AddSeconds(70) };

        await CreateSut().WriteAsync(
            [
                // Listed out of the order the rows depend on: the store writes each kind in its place.
                Entry("Ended", finished: ended),
                Entry("Tagged") with { Tag = tag },
                Entry("Arrived", started: arrived),
            ],
            cancellationToken);

        var row = await new SqliteCallRepository(Database.ConnectionFactory).GetAsync("c1", cancellationToken);
        var events = await new SqliteCallEventRepository(Database.ConnectionFactory).ListForCallAsync("c1", cancellationToken);
        var tags = await new SqliteCallTagRepository(Database.ConnectionFactory).ListForCallAsync("c1", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That((row!.Status, row.TalkSeconds), Is.EqualTo(("Answered", 60)));
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { "Ended", "Tagged", "Arrived" }), "events keep the order given");
            Assert.That(tags.Select(t => t.Value), Is.EqualTo(new[] { 5000L }));
        });
    }

    [Test, CancelAfter(10_000)]
    public async Task A_batch_with_one_bad_row_stores_nothing(CancellationToken cancellationToken)
    {
        var batch = new[] { Entry("Arrived", started: Call("c1")), Entry("Ringing") with { Event = Event("ghost", "Ringing") } };

        Assert.ThrowsAsync<SqliteException>(() => CreateSut().WriteAsync(batch, cancellationToken));

        Assert.That(await new SqliteCallRepository(Database.ConnectionFactory).GetAsync("c1", cancellationToken), Is.Null);
    }

    [Test, CancelAfter(10_000)]
    public async Task Ending_a_call_the_store_never_had_is_refused(CancellationToken cancellationToken)
    {
        await CreateSut().WriteAsync([Entry("Arrived", started: Call("c1"))], cancellationToken);

        var refused = Assert.ThrowsAsync<InvalidOperationException>(
            () => CreateSut().WriteAsync([Entry("Ended", finished: Call("c1")), Entry("Ended", finished: Call("c2")) with { Event = Event("c1", "Ended") }], cancellationToken));

        Assert.That(refused!.Message, Does.Contain("1 of 2 calls"));
    }

    private SqliteCallJournalStore CreateSut() => new(Database.ConnectionFactory);

    private static CallRow Call(string id) => new()
    {
        Id = id,
        ChannelId = "chan-" + id,
        TrackingNumber = "74950000001",
        CallerNumber = "79161234567",
        RouteName = "sales",
        ArrivedAt = At,
        Status = CallRow.InProgressStatus,
    };

    private static CallEventRow Event(string callId, string kind) => new() { CallId = callId, At = At, Kind = kind };

    private static CallJournalEntry Entry(string kind, CallRow? started = null, CallRow? finished = null) =>
        new() { Event = Event("c1", kind), StartedCall = started, FinishedCall = finished };
}
