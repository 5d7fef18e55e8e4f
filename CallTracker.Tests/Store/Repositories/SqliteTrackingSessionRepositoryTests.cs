using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using static CallTracker.Tests.Store.Repositories.TrackingRows;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteTrackingSessionRepositoryTests : MigratedDatabaseTests
{
    [Test, CancelAfter(10_000)]
    public async Task CreateAsync_stores_every_visit_parameter_the_landing_page_and_the_assignment(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var session = Session("s1");

        await sut.CreateAsync(session, Assignment("s1"), cancellationToken);

        Assert.That(await sut.GetAsync("s1", cancellationToken), Is.EqualTo(session));
        var pages = await sut.ListPagesAsync("s1", cancellationToken);
        Assert.That(pages.Select(p => (p.Url, p.At)), Is.EqualTo(new[] { (session.LandingUrl, Start) }));
        var assignments = await new SqliteNumberAssignmentRepository(Database.ConnectionFactory).ListForSessionAsync("s1", cancellationToken);
        Assert.That(assignments.Select(a => (a.Number, a.FromAt, a.ToAt)), Is.EqualTo(new[] { ("74950000011", Start, Start.AddMinutes(30)) }));
    }

    [Test, CancelAfter(10_000)]
    public async Task Hostile_text_is_stored_verbatim(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var hostile = Session("s1") with { UtmCampaign = "x'); DROP TABLE calls; --", Keyword = "<script>alert(1)</script>" };

        await sut.CreateAsync(hostile, null, cancellationToken);

        var stored = await sut.GetAsync("s1", cancellationToken);
        Assert.That((stored!.UtmCampaign, stored.Keyword), Is.EqualTo((hostile.UtmCampaign, hostile.Keyword)));
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM calls;", cancellationToken), Is.EqualTo<long[]>([0L]));
    }

    [Test, CancelAfter(10_000)]
    public async Task RecordPingAsync_extends_a_running_assignment_and_records_a_page_only_when_it_changes(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.CreateAsync(Session("s1"), Assignment("s1"), cancellationToken);

        await sut.RecordPingAsync(Ping("s1", Start.AddMinutes(1), Session("s1").CurrentPage), cancellationToken);
        await sut.RecordPingAsync(Ping("s1", Start.AddMinutes(2), "https://shop.example/sofas"), cancellationToken);
        await sut.RecordPingAsync(Ping("s1", Start.AddMinutes(3), "https://shop.example/sofas"), cancellationToken);

        var stored = await sut.GetAsync("s1", cancellationToken);
        var pages = await sut.ListPagesAsync("s1", cancellationToken);
        var assignments = await new SqliteNumberAssignmentRepository(Database.ConnectionFactory).ListForSessionAsync("s1", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That((stored!.LastSeenAt, stored.CurrentPage), Is.EqualTo((Start.AddMinutes(3), "https://shop.example/sofas")));
            Assert.That(pages.Select(p => p.Url), Is.EqualTo(new[] { Session("s1").LandingUrl, "https://shop.example/sofas" }));
            Assert.That(assignments.Select(a => (a.FromAt, a.ToAt)), Is.EqualTo(new[] { (Start, Start.AddMinutes(33)) }));
        });
    }

    [Test, CancelAfter(10_000)]
    public async Task RecordPingAsync_stops_recording_pages_at_the_cap_but_still_keeps_the_session_alive(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.CreateAsync(Session("s1"), Assignment("s1"), cancellationToken);

        for (var i = 1; i <= 10; i++)
        {
            await sut.RecordPingAsync(Ping("s1", Start.AddMinutes(i), $"https://shop.example/page-{i}") with { MaxPages = 3 }, cancellationToken);
        }

        var pages = await sut.ListPagesAsync("s1", cancellationToken);
        var stored = await sut.GetAsync("s1", cancellationToken);
        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(stored!.LastSeenAt, Is.EqualTo(Start.AddMinutes(10)));
    }

    [Test, CancelAfter(10_000)]
    public async Task RecordPingAsync_after_the_hold_ran_out_opens_a_new_assignment(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.CreateAsync(Session("s1"), Assignment("s1"), cancellationToken);

        await sut.RecordPingAsync(Ping("s1", Start.AddMinutes(45), "https://shop.example/"), cancellationToken);

        var assignments = await new SqliteNumberAssignmentRepository(Database.ConnectionFactory).ListForSessionAsync("s1", cancellationToken);
        Assert.That(
            assignments.Select(a => (a.FromAt, a.ToAt)),
            Is.EqualTo(new[] { (Start, Start.AddMinutes(30)), (Start.AddMinutes(45), Start.AddMinutes(75)) }));
    }

    [Test, CancelAfter(10_000)]
    public async Task RecordPingAsync_of_an_unknown_session_returns_false_and_writes_nothing(CancellationToken cancellationToken)
    {
        var found = await CreateSut().RecordPingAsync(Ping("ghost", Start, "https://shop.example/"), cancellationToken);

        Assert.That(found, Is.False);
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM tracking_number_assignments;", cancellationToken), Is.EqualTo<long[]>([0L]));
    }

    [Test, CancelAfter(10_000)]
    public async Task CountOverflowsByPoolAsync_counts_overflow_sessions_per_pool(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.CreateAsync(Session("s1", kind: "Overflow", number: "74950000001"), null, cancellationToken);
        await sut.CreateAsync(Session("s2", kind: "Overflow", number: "74950000001"), null, cancellationToken);
        await sut.CreateAsync(Session("s3"), Assignment("s3"), cancellationToken);

        var counts = await sut.CountOverflowsByPoolAsync(cancellationToken);

        Assert.That(counts, Is.EqualTo(new Dictionary<(string, string), long> { [("shop", "paid")] = 2 }));
    }

    private static SessionPing Ping(string sessionId, DateTimeOffset at, string page) => new()
    {
        SessionId = sessionId,
        At = at,
        Page = page,
        Number = "74950000011",
        NumberKind = "Pool",
        Pool = "paid",
        HeldUntil = at.AddMinutes(30),
    };

    private SqliteTrackingSessionRepository CreateSut() => new(Database.ConnectionFactory);
}
