using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Data.Sqlite;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteCallEventRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset Arrived = new(2025, 3, 4, 10, 11, 12, 345, TimeSpan.Zero);

    [SetUp]
    public async Task SetUp()
    {
        var calls = new SqliteCallRepository(Database.ConnectionFactory);
        foreach (var id in new[] { "c1", "c2" })
        {
            await calls.InsertAsync(
                new CallRow
                {
                    Id = id,
                    ChannelId = $"chan-{id}",
                    TrackingNumber = "+74950000001",
                    CallerNumber = "+79161234567",
                    RouteName = "sales",
                    ArrivedAt = Arrived,
                    Status = CallRow.InProgressStatus,
                },
                CancellationToken.None);
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task ListForCallAsync_returns_the_call_s_events_in_append_order(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        // The second event carries an earlier time: append order must win over the clock.
        await sut.AppendAsync(Event("c1", Arrived.AddMilliseconds(10), "Ringing", """{"endpoint":"PJSIP/101"}"""), cancellationToken);
        await sut.AppendAsync(Event("c2", Arrived, "Ringing", null), cancellationToken);
        await sut.AppendAsync(Event("c1", Arrived.AddMilliseconds(5), "Answered", null), cancellationToken);
        await sut.AppendAsync(Event("c1", Arrived.AddMilliseconds(30_123), "Hangup", null), cancellationToken);

        var events = await sut.ListForCallAsync("c1", cancellationToken);

        Assert.That(events.Select(e => (e.Kind, e.At)), Is.EqualTo(new[]
        {
            ("Ringing", Arrived.AddMilliseconds(10)),
            ("Answered", Arrived.AddMilliseconds(5)),
            ("Hangup", Arrived.AddMilliseconds(30_123)),
        }));
        Assert.That(events[0].DetailJson, Is.EqualTo("""{"endpoint":"PJSIP/101"}"""));
        Assert.That(events.Select(e => e.Id), Is.Ordered.Ascending.And.All.GreaterThan(0));
        Assert.That(events.Select(e => e.CallId), Is.All.EqualTo("c1"));
    }

    [Test, CancelAfter(10_000)]
    public void AppendAsync_for_an_unknown_call_is_rejected_by_the_foreign_key(CancellationToken cancellationToken)
    {
        var ex = Assert.ThrowsAsync<SqliteException>(
            () => CreateSut().AppendAsync(Event("ghost", Arrived, "Ringing", null), cancellationToken));

        Assert.That(ex.Message, Does.Contain("FOREIGN KEY"));
    }

    private SqliteCallEventRepository CreateSut() => new(Database.ConnectionFactory);

    private static CallEventRow Event(string callId, DateTimeOffset at, string kind, string? detailJson) =>
        new() { CallId = callId, At = at, Kind = kind, DetailJson = detailJson };
}
