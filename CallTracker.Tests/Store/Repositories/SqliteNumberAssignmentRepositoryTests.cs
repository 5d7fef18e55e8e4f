using CallTracker.Store.Repositories;
using static CallTracker.Tests.Store.Repositories.TrackingRows;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteNumberAssignmentRepositoryTests : MigratedDatabaseTests
{
    private SqliteTrackingSessionRepository _sessions;

    [SetUp]
    public void SetUp() => _sessions = new SqliteTrackingSessionRepository(Database.ConnectionFactory);

    [Test, CancelAfter(10_000)]
    public async Task ListCandidatesAsync_returns_the_sessions_holding_the_number_at_that_moment_most_recent_first(CancellationToken cancellationToken)
    {
        await _sessions.CreateAsync(Session("old") with { LastSeenAt = Start }, Assignment("old"), cancellationToken);
        await _sessions.CreateAsync(Session("recent") with { LastSeenAt = Start.AddMinutes(5) }, Assignment("recent"), cancellationToken);
        await _sessions.CreateAsync(Session("other", number: "74950000012"), Assignment("other", "74950000012"), cancellationToken);

        var candidates = await CreateSut().ListCandidatesAsync("74950000011", Start.AddMinutes(10), cancellationToken);

        Assert.That(candidates.Select(c => c.SessionId), Is.EqualTo<string[]>(["recent", "old"]));
        Assert.That((candidates[0].Source, candidates[0].Channel, candidates[0].Campaign), Is.EqualTo(("google", "paid", "spring")));
    }

    [TestCase(-1, 0)]
    [TestCase(0, 1)]
    [TestCase(30, 1)]
    [TestCase(31, 0)]
    [CancelAfter(10_000)]
    public async Task ListCandidatesAsync_covers_from_the_start_to_the_end_of_the_hold(int minutes, int expected, CancellationToken cancellationToken)
    {
        await _sessions.CreateAsync(Session("s1"), Assignment("s1"), cancellationToken);

        var candidates = await CreateSut().ListCandidatesAsync("74950000011", Start.AddMinutes(minutes), cancellationToken);

        Assert.That(candidates, Has.Count.EqualTo(expected));
    }

    [Test, CancelAfter(10_000)]
    public async Task ListHeldAsync_returns_each_held_number_once_with_its_latest_holder(CancellationToken cancellationToken)
    {
        await _sessions.CreateAsync(Session("a1", "visitor-a"), Assignment("a1", holdMinutes: 10), cancellationToken);
        await _sessions.CreateAsync(Session("a2", "visitor-a"), Assignment("a2", holdMinutes: 40), cancellationToken);
        await _sessions.CreateAsync(Session("b1", "visitor-b", "74950000012"), Assignment("b1", "74950000012", holdMinutes: 20), cancellationToken);
        await _sessions.CreateAsync(Session("c1", "visitor-c", "74950000013"), Assignment("c1", "74950000013", holdMinutes: 5), cancellationToken);

        var held = await CreateSut().ListHeldAsync(Start.AddMinutes(6), cancellationToken);

        Assert.That(
            held.Select(h => (h.Number, h.VisitorId, h.ToAt)),
            Is.EqualTo(new[] { ("74950000012", "visitor-b", Start.AddMinutes(20)), ("74950000011", "visitor-a", Start.AddMinutes(40)) }));
    }

    private SqliteNumberAssignmentRepository CreateSut() => new(Database.ConnectionFactory);
}
