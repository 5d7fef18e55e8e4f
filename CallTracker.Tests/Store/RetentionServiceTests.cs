using CallTracker.Store;
using CallTracker.Store.Repositories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static CallTracker.Tests.Store.Repositories.TrackingRows;

namespace CallTracker.Tests.Store;

public sealed class RetentionServiceTests : MigratedDatabaseTests
{
    [Test, CancelAfter(10_000)]
    public async Task Sessions_older_than_TrackingDays_are_purged_and_newer_ones_kept(CancellationToken cancellationToken)
    {
        var sessions = new SqliteTrackingSessionRepository(Database.ConnectionFactory);
        await sessions.CreateAsync(Session("old"), null, cancellationToken);
        await sessions.CreateAsync(Session("new") with { LastSeenAt = Start.AddDays(9) }, null, cancellationToken);
        var sut = CreateSut(new RetentionOptions { TrackingDays = 5, CallEventDays = 0 }, Start.AddDays(10));

        var purged = await sut.PurgeAsync(cancellationToken);

        Assert.That(purged, Is.EqualTo((1L, 0L)));
        Assert.That(await Database.QueryAsync<string>("SELECT id FROM tracking_sessions;", cancellationToken), Is.EqualTo(new[] { "new" }));
    }

    [Test, CancelAfter(10_000)]
    public async Task Zero_days_keeps_everything_and_asks_the_store_nothing(CancellationToken cancellationToken)
    {
        var store = new Mock<IRetentionRepository>(MockBehavior.Strict);
        var sut = new RetentionService(store.Object, Monitor(new RetentionOptions { TrackingDays = 0, CallEventDays = 0 }), new FakeTimeProvider(Start), NullLogger<RetentionService>.Instance);

        var purged = await sut.PurgeAsync(cancellationToken);

        Assert.That(purged, Is.EqualTo((0L, 0L)));
    }

    private RetentionService CreateSut(RetentionOptions retention, DateTimeOffset now) =>
        new(new SqliteRetentionRepository(Database.ConnectionFactory), Monitor(retention), new FakeTimeProvider(now), NullLogger<RetentionService>.Instance);

    private static IOptionsMonitor<StoreOptions> Monitor(RetentionOptions retention) =>
        Mock.Of<IOptionsMonitor<StoreOptions>>(m => m.CurrentValue == new StoreOptions { Retention = retention });
}
