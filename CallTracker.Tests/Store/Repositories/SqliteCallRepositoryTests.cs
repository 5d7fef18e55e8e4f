using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

public sealed partial class SqliteCallRepositoryTests : MigratedDatabaseTests
{
    // Not UTC and with milliseconds, so the round trip proves both the conversion and the precision.
    private static readonly DateTimeOffset Arrived = new(2025, 3, 4, 13, 11, 12, 345, TimeSpan.FromHours(3));

    [Test, CancelAfter(10_000)]
    public async Task GetAsync_returns_an_inserted_call_with_every_field_and_times_to_the_millisecond(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var call = Answered(Call("c1", Arrived));

        await sut.InsertAsync(call, cancellationToken);
        var stored = await sut.GetAsync("c1", cancellationToken);

        // Record equality compares instants to the tick, not offsets; the offsets are checked apart.
        Assert.That(stored, Is.EqualTo(call));
        Assert.That(
            (TimeSpan[])[stored!.ArrivedAt.Offset, stored.AnsweredAt!.Value.Offset, stored.EndedAt!.Value.Offset],
            Is.All.EqualTo(TimeSpan.Zero));
    }

    [Test, CancelAfter(10_000)]
    public async Task GetAsync_returns_null_for_an_unknown_id(CancellationToken cancellationToken)
    {
        var stored = await CreateSut().GetAsync("missing", cancellationToken);

        Assert.That(stored, Is.Null);
    }

    [Test, CancelAfter(10_000)]
    public async Task UpdateAsync_overwrites_the_answer_end_durations_and_status(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.InsertAsync(Call("c1", Arrived), cancellationToken);
        var finished = Answered(Call("c1", Arrived));

        await sut.UpdateAsync(finished, cancellationToken);

        Assert.That(await sut.GetAsync("c1", cancellationToken), Is.EqualTo(finished));
    }

    [Test, CancelAfter(10_000)]
    public async Task UpdateAsync_keeps_the_arrival_details_as_inserted(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        var arrived = Call("c1", Arrived);
        await sut.InsertAsync(arrived, cancellationToken);

        await sut.UpdateAsync(
            Answered(arrived) with { RouteName = "support", CallerName = "Someone else", ArrivedAt = Arrived.AddHours(1) },
            cancellationToken);

        var stored = await sut.GetAsync("c1", cancellationToken);
        Assert.That((stored!.RouteName, stored.CallerName, stored.ArrivedAt), Is.EqualTo(("sales", "Ivan", Arrived)));
    }

    [Test, CancelAfter(10_000)]
    public void UpdateAsync_of_an_unknown_id_throws_naming_the_id(CancellationToken cancellationToken)
    {
        var ex = Assert.ThrowsAsync<InvalidOperationException>(
            () => CreateSut().UpdateAsync(Call("ghost-42", Arrived), cancellationToken));

        Assert.That(ex.Message, Does.Contain("ghost-42"));
    }

    [Test, CancelAfter(10_000)]
    public async Task ListRecentAsync_returns_the_newest_calls_first_up_to_the_limit(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.InsertAsync(Call("old", Arrived), cancellationToken);
        await sut.InsertAsync(Call("newest", Arrived.AddMinutes(2)), cancellationToken);
        await sut.InsertAsync(Call("middle", Arrived.AddMinutes(1)), cancellationToken);

        var recent = await sut.ListRecentAsync(2, cancellationToken);

        Assert.That(recent.Select(c => c.Id), Is.EqualTo<string[]>(["newest", "middle"]));
    }

    [Test, CancelAfter(10_000)]
    public void ListRecentAsync_with_a_limit_of_zero_is_rejected(CancellationToken cancellationToken)
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CreateSut().ListRecentAsync(0, cancellationToken));
    }

    [Test, CancelAfter(10_000)]
    public async Task ListInProgressAsync_returns_only_unfinished_calls_oldest_first(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.InsertAsync(Call("later", Arrived.AddMinutes(5)), cancellationToken);
        await sut.InsertAsync(Answered(Call("done", Arrived.AddMinutes(1))), cancellationToken);
        await sut.InsertAsync(Call("earlier", Arrived), cancellationToken);

        var inProgress = await sut.ListInProgressAsync(cancellationToken);

        Assert.That(inProgress.Select(c => c.Id), Is.EqualTo<string[]>(["earlier", "later"]));
    }

    private SqliteCallRepository CreateSut() => new(Database.ConnectionFactory);

    private static CallRow Call(string id, DateTimeOffset arrivedAt) => new()
    {
        Id = id,
        ChannelId = $"chan-{id}",
        TrackingNumber = "+74950000001",
        CallerNumber = "+79161234567",
        CallerName = "Ivan",
        RouteName = "sales",
        ArrivedAt = arrivedAt,
        Status = CallRow.InProgressStatus,
    };

    private static CallRow Answered(CallRow call) => call with
    {
        AnsweredAt = call.ArrivedAt.AddMilliseconds(7_001),
        EndedAt = call.ArrivedAt.AddMilliseconds(95_999),
        WaitSeconds = 7,
        TalkSeconds = 88,
        Status = "Answered",
        AnsweredBy = "PJSIP/101",
        OffHours = true,
        IvrListenedSeconds = 4,
        VoicemailPath = "/var/spool/asterisk/recording/voicemail/c1.wav",
        VoicemailSeconds = 12,
        RecordingPath = "/var/spool/asterisk/recording/calls/c1.wav",
        RecordingSeconds = 88,
    };
}
