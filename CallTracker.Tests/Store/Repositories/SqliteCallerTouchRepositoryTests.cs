using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteCallerTouchRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset First = new(2025, 3, 4, 10, 0, 0, 1, TimeSpan.Zero);

    [Test, CancelAfter(10_000)]
    public async Task The_first_touch_is_kept_and_the_latest_replaces_the_last(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var first = Touch("c1", First, "billboard");
        var second = Touch("c2", First.AddDays(1), "google");
        var third = Touch("c3", First.AddDays(2), "yandex");

        await sut.RecordAsync("79161234567", first, cancellationToken);
        await sut.RecordAsync("79161234567", second, cancellationToken);
        await sut.RecordAsync("79161234567", third, cancellationToken);

        Assert.That(await sut.GetAsync("79161234567", cancellationToken), Is.EqualTo(new CallerTouchesRow("79161234567", first, third)));
    }

    [Test, CancelAfter(10_000)]
    public async Task An_older_touch_arriving_late_does_not_replace_the_latest(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var latest = Touch("c2", First.AddDays(1), "google");
        await sut.RecordAsync("79161234567", Touch("c1", First, "billboard"), cancellationToken);
        await sut.RecordAsync("79161234567", latest, cancellationToken);

        await sut.RecordAsync("79161234567", Touch("c0", First.AddHours(1), "radio"), cancellationToken);

        Assert.That((await sut.GetAsync("79161234567", cancellationToken))!.Last, Is.EqualTo(latest));
    }

    [Test, CancelAfter(10_000)]
    public async Task GetAsync_of_an_unknown_caller_returns_null(CancellationToken cancellationToken)
    {
        Assert.That(await CreateSut().GetAsync("70000000000", cancellationToken), Is.Null);
    }

    private static CallerTouch Touch(string callId, DateTimeOffset at, string source) => new()
    {
        CallId = callId,
        At = at,
        Source = source,
        Channel = "paid",
        Campaign = "spring",
        SessionId = null,
    };

    private SqliteCallerTouchRepository CreateSut() => new(Database.ConnectionFactory);
}
