using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteCallTagRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 10, 0, 0, 123, TimeSpan.Zero);

    [SetUp]
    public async Task SetUp()
    {
        await new SqliteCallRepository(Database.ConnectionFactory).InsertAsync(
            new CallRow { Id = "c1", ChannelId = "ch", TrackingNumber = "7495", CallerNumber = "7916", RouteName = "sales", ArrivedAt = At, Status = "Answered" },
            CancellationToken.None);
    }

    [Test, CancelAfter(10_000)]
    public async Task Tags_of_a_call_come_back_in_the_order_added_with_every_field(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var first = Tag("1", "Sale", 15000, defaulted: false);
        var second = Tag("2", "Consultation", 0, defaulted: true);

        await sut.AddAsync(first, cancellationToken);
        await sut.AddAsync(second, cancellationToken);
        var stored = await sut.ListForCallAsync("c1", cancellationToken);

        Assert.That(stored.Select(t => t with { Id = 0 }), Is.EqualTo(new[] { first, second }));
    }

    [Test, CancelAfter(10_000)]
    public void A_tag_for_an_unknown_call_is_refused(CancellationToken cancellationToken)
    {
        Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => CreateSut().AddAsync(Tag("1", "Sale", 1, false) with { CallId = "nope" }, cancellationToken));
    }

    private static CallTagRow Tag(string code, string name, long value, bool defaulted) => new()
    {
        CallId = "c1",
        CategoryCode = code,
        CategoryName = name,
        Value = value,
        ValueDefaulted = defaulted,
        TaggedBy = "PJSIP/101",
        TaggedAt = At,
    };

    private SqliteCallTagRepository CreateSut() => new(Database.ConnectionFactory);
}
