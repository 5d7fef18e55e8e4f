using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

/// <summary>The call types a finishing call is about to get, which call.ended tells before the journal stores the row.</summary>
[CancelAfter(10_000)]
public sealed class SqliteCallTypePreviewTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly CallTypeRule[] Default = [new(null, 60, 30)];

    [Test]
    public async Task Preview_tells_the_types_of_the_finished_row_and_stores_nothing(CancellationToken cancellationToken)
    {
        var calls = new SqliteCallRepository(Database.ConnectionFactory);
        var arriving = new CallRow { Id = "a1", ChannelId = "ch-a1", TrackingNumber = "74950000001", CallerNumber = "79160000001", RouteName = "sales", ArrivedAt = T0, Status = CallRow.InProgressStatus };
        await calls.InsertAsync(arriving, cancellationToken);
        var sut = new SqliteCallTypeRepository(Database.ConnectionFactory);

        var preview = await sut.PreviewAsync(arriving with { Status = "Answered", AnsweredAt = T0.AddSeconds(5), EndedAt = T0.AddSeconds(100), TalkSeconds = 95 }, Default, cancellationToken);
        await sut.ClassifyAsync("a1", Default, cancellationToken);

        Assert.That(preview, Is.EqualTo(new CallTypes { Unique = true, Target = true, FirstTarget = true, UniqueTarget = true }));
        Assert.That((await calls.GetAsync("a1", cancellationToken))!.Status, Is.EqualTo(CallRow.InProgressStatus), "the row is as it was");
        Assert.That(await sut.GetAsync("a1", cancellationToken), Is.Null, "an unfinished call has no types: the preview stored none");
    }

    [Test]
    public async Task Preview_of_a_call_the_store_does_not_have_is_null(CancellationToken cancellationToken)
    {
        var ghost = new CallRow { Id = "ghost", ChannelId = "ch", TrackingNumber = "74950000001", CallerNumber = "79160000001", RouteName = "sales", ArrivedAt = T0, Status = "Missed" };

        Assert.That(await new SqliteCallTypeRepository(Database.ConnectionFactory).PreviewAsync(ghost, Default, cancellationToken), Is.Null);
    }
}
