using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

[CancelAfter(10_000)]
public sealed class SqliteCallerHistoryRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Earlier_calls_of_the_number_are_counted_with_the_latest_one_and_later_calls_are_not(CancellationToken cancellationToken)
    {
        await AddAsync("c1", "79160000001", T0, "Missed", null);
        await AddAsync("c2", "79160000001", T0.AddHours(1), "Answered", "PJSIP/101");
        await AddAsync("other", "79160000002", T0.AddHours(2), "Answered", "PJSIP/101");
        await AddAsync("c3", "79160000001", T0.AddHours(3), "InProgress", null);
        await AddAsync("c4", "79160000001", T0.AddHours(4), "Missed", null);

        var history = await new SqliteCallerHistoryRepository(Database.ConnectionFactory).GetEarlierAsync("79160000001", "c3", T0.AddHours(3), cancellationToken);

        Assert.That(history, Is.EqualTo(new CallerHistory
        {
            EarlierCalls = 2,
            EarlierAnswered = 1,
            FirstCallAt = T0,
            LastCallId = "c2",
            LastCallAt = T0.AddHours(1),
            LastStatus = "Answered",
            LastAnsweredBy = "PJSIP/101",
        }));
    }

    [Test]
    public async Task A_first_call_and_a_withheld_number_have_no_history(CancellationToken cancellationToken)
    {
        await AddAsync("c1", "79160000001", T0, "InProgress", null);
        await AddAsync("w1", "", T0, "Missed", null);
        var sut = new SqliteCallerHistoryRepository(Database.ConnectionFactory);

        Assert.That(await sut.GetEarlierAsync("79160000001", "c1", T0, cancellationToken), Is.EqualTo(CallerHistory.None));
        Assert.That(await sut.GetEarlierAsync("", "w2", T0.AddHours(1), cancellationToken), Is.EqualTo(CallerHistory.None));
    }

    private Task AddAsync(string id, string caller, DateTimeOffset at, string status, string? answeredBy) =>
        new SqliteCallRepository(Database.ConnectionFactory).InsertAsync(
            new CallRow { Id = id, ChannelId = "ch-" + id, TrackingNumber = "74950000001", CallerNumber = caller, RouteName = "sales", ArrivedAt = at, Status = status, AnsweredAt = answeredBy is null ? null : at, AnsweredBy = answeredBy },
            CancellationToken.None);
}
