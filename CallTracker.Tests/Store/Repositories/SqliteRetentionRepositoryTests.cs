using CallTracker.Store.Repositories;
using Dapper;
using static CallTracker.Tests.Store.Repositories.TrackingRows;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteRetentionRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset Cutoff = Start.AddDays(90);

    [Test, CancelAfter(10_000)]
    public async Task PurgeTrackingAsync_deletes_old_sessions_with_their_pages_and_assignments_and_keeps_attributed_held_and_recent_ones(CancellationToken cancellationToken)
    {
        var sessions = new SqliteTrackingSessionRepository(Database.ConnectionFactory);
        await sessions.CreateAsync(Session("old"), Assignment("old"), cancellationToken);
        await sessions.CreateAsync(Session("attributed"), Assignment("attributed"), cancellationToken);
        await sessions.CreateAsync(Session("still-held"), Assignment("still-held", holdMinutes: 91 * 24 * 60), cancellationToken);
        await sessions.CreateAsync(Session("recent") with { LastSeenAt = Cutoff.AddMinutes(1) }, null, cancellationToken);
        await ExecuteAsync(
            """
            INSERT INTO calls (id, channel_id, tracking_number, caller_number, route_name, arrived_at, status) VALUES ('c1', 'ch1', '74950000011', '79160000000', 'sales', 0, 'Answered');
            INSERT INTO call_attributions (call_id, tracking_number, reason, session_id, candidates, attributed_at) VALUES ('c1', '74950000011', 'Exact', 'attributed', 1, 0);
            """,
            cancellationToken);

        var deleted = await CreateSut().PurgeTrackingAsync(Cutoff, 100, cancellationToken);

        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(await Database.QueryAsync<string>("SELECT id FROM tracking_sessions ORDER BY id;", cancellationToken), Is.EqualTo(new[] { "attributed", "recent", "still-held" }));
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM tracking_session_pages WHERE session_id = 'old';", cancellationToken), Is.EqualTo(new[] { 0L }));
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM tracking_number_assignments WHERE session_id = 'old';", cancellationToken), Is.EqualTo(new[] { 0L }));
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM calls;", cancellationToken), Is.EqualTo(new[] { 1L }));
    }

    [Test, CancelAfter(10_000)]
    public async Task PurgeTrackingAsync_deletes_at_most_one_batch(CancellationToken cancellationToken)
    {
        var sessions = new SqliteTrackingSessionRepository(Database.ConnectionFactory);
        for (var i = 0; i < 5; i++)
        {
            await sessions.CreateAsync(Session($"s{i}"), null, cancellationToken);
        }

        var first = await CreateSut().PurgeTrackingAsync(Cutoff, 3, cancellationToken);
        var second = await CreateSut().PurgeTrackingAsync(Cutoff, 3, cancellationToken);

        Assert.That((first, second), Is.EqualTo((3, 2)));
    }

    [Test, CancelAfter(10_000)]
    public async Task PurgeCallEventsAsync_deletes_old_events_and_keeps_the_calls(CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            $"""
            INSERT INTO calls (id, channel_id, tracking_number, caller_number, route_name, arrived_at, status) VALUES ('c1', 'ch1', '74950000011', '79160000000', 'sales', 0, 'Answered');
            INSERT INTO call_events (call_id, at, kind) VALUES ('c1', {Cutoff.AddSeconds(-1).ToUnixTimeMilliseconds()}, 'Old'), ('c1', {Cutoff.ToUnixTimeMilliseconds()}, 'Kept');
            """,
            cancellationToken);

        var deleted = await CreateSut().PurgeCallEventsAsync(Cutoff, 100, cancellationToken);

        Assert.That(deleted, Is.EqualTo(1));
        Assert.That(await Database.QueryAsync<string>("SELECT kind FROM call_events;", cancellationToken), Is.EqualTo(new[] { "Kept" }));
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM calls;", cancellationToken), Is.EqualTo(new[] { 1L }));
    }

    [Test, CancelAfter(60_000)]
    public async Task Under_a_steady_load_with_daily_purges_the_database_stays_the_same_size(CancellationToken cancellationToken)
    {
        var sizes = new List<long>();
        for (var day = 0; day < 8; day++)
        {
            await AddDayOfVisitsAsync(day, 1_000, cancellationToken);
            while (await CreateSut().PurgeTrackingAsync(Start.AddDays(day - 1), 500, cancellationToken) > 0)
            {
            }

            await Database.QueryAsync<long>("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            sizes.Add(new FileInfo(Database.FilePath).Length);
        }

        // Two days are kept from day 1 on: from then the file grows no further than noise.
        Assert.That(sizes[^1], Is.LessThanOrEqualTo(sizes[2] * 11 / 10), string.Join(", ", sizes));
    }

    /// <summary>Sessions of one day with five pages each, written in one transaction for speed.</summary>
    private async Task AddDayOfVisitsAsync(int day, int visits, CancellationToken cancellationToken)
    {
        await using var connection = await Database.ConnectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = Start.AddDays(day).ToUnixTimeMilliseconds();
        for (var i = 0; i < visits; i++)
        {
            var id = $"d{day}-{i}";
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO tracking_sessions (id, site, visitor_id, started_at, last_seen_at, landing_url, current_page, channel, source, number, number_kind)
                VALUES (@Id, 'shop', @Id, @At, @At, 'https://shop.example/landing', 'https://shop.example/landing', 'paid', 'google', '74950000001', 'Default');
                INSERT INTO tracking_session_pages (session_id, at, url) VALUES (@Id, @At, 'https://shop.example/a'), (@Id, @At, 'https://shop.example/b'),
                  (@Id, @At, 'https://shop.example/c'), (@Id, @At, 'https://shop.example/d'), (@Id, @At, 'https://shop.example/e');
                """,
                new { Id = id, At = at },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await Database.ConnectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    private SqliteRetentionRepository CreateSut() => new(Database.ConnectionFactory);
}
