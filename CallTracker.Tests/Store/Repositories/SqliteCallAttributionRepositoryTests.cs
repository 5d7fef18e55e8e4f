using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Data.Sqlite;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteCallAttributionRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset Arrived = new(2025, 3, 4, 10, 0, 0, 456, TimeSpan.Zero);

    [SetUp]
    public async Task SetUp()
    {
        await new SqliteTrackingSessionRepository(Database.ConnectionFactory).CreateAsync(TrackingRows.Session("s1"), null, CancellationToken.None);
        await new SqliteCallRepository(Database.ConnectionFactory).InsertAsync(
            new CallRow { Id = "c1", ChannelId = "ch1", TrackingNumber = "74950000011", CallerNumber = "79161234567", RouteName = "sales", ArrivedAt = Arrived, Status = CallRow.InProgressStatus },
            CancellationToken.None);
    }

    [Test, CancelAfter(10_000)]
    public async Task GetAsync_returns_the_stored_attribution_with_every_field(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var attribution = Attribution();

        await sut.InsertAsync(attribution, cancellationToken);

        Assert.That(await sut.GetAsync("c1", cancellationToken), Is.EqualTo(attribution));
    }

    [Test, CancelAfter(10_000)]
    public async Task GetAsync_of_an_unattributed_call_returns_null(CancellationToken cancellationToken)
    {
        Assert.That(await CreateSut().GetAsync("c1", cancellationToken), Is.Null);
    }

    [Test, CancelAfter(10_000)]
    public async Task A_call_is_attributed_only_once(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.InsertAsync(Attribution(), cancellationToken);

        Assert.ThrowsAsync<SqliteException>(() => sut.InsertAsync(Attribution() with { Reason = "Unknown" }, cancellationToken));
    }

    private static CallAttributionRow Attribution() => new()
    {
        CallId = "c1",
        TrackingNumber = "74950000011",
        Reason = "Exact",
        Site = "shop",
        SessionId = "s1",
        VisitorId = "visitor-1",
        Source = "google",
        Channel = "paid",
        Campaign = "spring",
        Candidates = 1,
        AttributedAt = Arrived,
    };

    private SqliteCallAttributionRepository CreateSut() => new(Database.ConnectionFactory);
}
