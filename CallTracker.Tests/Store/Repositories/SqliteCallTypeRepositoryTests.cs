using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

/// <summary>Call types on crafted caller histories, classified call by call as they end, and recomputed for the history.</summary>
[CancelAfter(10_000)]
public sealed class SqliteCallTypeRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset Day0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly CallTypeRule[] Default = [new(null, 60, 30)];

    [Test]
    public async Task A_numbers_first_call_answered_long_enough_is_unique_target_first_target_and_unique_target(CancellationToken cancellationToken)
    {
        await EndAsync(Call("a1", "79160000001", 0, talkSeconds: 90), cancellationToken);

        Assert.That(await TypesAsync("a1", cancellationToken), Is.EqualTo(new CallTypes { Unique = true, Target = true, FirstTarget = true, UniqueTarget = true }));
    }

    [Test]
    public async Task A_target_call_within_the_sales_cycle_of_an_earlier_one_is_a_repeat_and_one_after_it_is_not(CancellationToken cancellationToken)
    {
        await EndAsync(Call("a1", "79160000001", 0, talkSeconds: 90), cancellationToken);
        await EndAsync(Call("a2", "79160000001", 5, talkSeconds: 120), cancellationToken);
        await EndAsync(Call("a3", "79160000001", 50, talkSeconds: 70), cancellationToken);

        Assert.That(await TypesAsync("a2", cancellationToken), Is.EqualTo(new CallTypes { Target = true, Repeat = true }));
        Assert.That(await TypesAsync("a3", cancellationToken), Is.EqualTo(new CallTypes { Target = true }), "the last target call was 45 days earlier, beyond the 30-day cycle");
    }

    [Test]
    public async Task A_first_target_call_after_a_missed_and_a_short_one_is_first_target_but_not_unique_target(CancellationToken cancellationToken)
    {
        await EndAsync(Call("b1", "79160000002", 0, status: "Missed"), cancellationToken);
        await EndAsync(Call("b2", "79160000002", 1, talkSeconds: 30), cancellationToken);
        await EndAsync(Call("b3", "79160000002", 2, talkSeconds: 65), cancellationToken);

        Assert.That(await TypesAsync("b1", cancellationToken), Is.EqualTo(new CallTypes { Unique = true }));
        Assert.That(await TypesAsync("b2", cancellationToken), Is.EqualTo(new CallTypes()));
        Assert.That(await TypesAsync("b3", cancellationToken), Is.EqualTo(new CallTypes { Target = true, FirstTarget = true }));
    }

    [Test]
    public async Task A_withheld_number_is_never_unique_and_a_call_in_progress_is_not_classified(CancellationToken cancellationToken)
    {
        await EndAsync(Call("w1", "", 0, talkSeconds: 90), cancellationToken);
        var calls = new SqliteCallRepository(Database.ConnectionFactory);
        await calls.InsertAsync(Call("p1", "79160000003", 0) with { Status = CallRow.InProgressStatus }, cancellationToken);
        await Sut.ClassifyAsync("p1", Default, cancellationToken);

        Assert.That(await TypesAsync("w1", cancellationToken), Is.EqualTo(new CallTypes { Target = true }));
        Assert.That(await Sut.GetAsync("p1", cancellationToken), Is.Null);
    }

    [Test]
    public async Task A_sites_own_target_applies_to_its_calls_and_a_recompute_follows_a_changed_rule(CancellationToken cancellationToken)
    {
        await EndAsync(Call("s1", "79160000004", 0, talkSeconds: 90), cancellationToken, site: "shop", rules: [.. Default, new("shop", 120, 30)]);
        var before = await TypesAsync("s1", cancellationToken);

        var count = await Sut.ReclassifyAllAsync([.. Default, new("shop", 80, 30)], cancellationToken);

        Assert.That(before.Target, Is.False, "90 s is short of the shop's 120 s");
        Assert.That(await TypesAsync("s1", cancellationToken), Is.EqualTo(new CallTypes { Unique = true, Target = true, FirstTarget = true, UniqueTarget = true }));
        Assert.That(count, Is.EqualTo(1));
    }

    [Test]
    public async Task A_recompute_of_the_history_gives_the_same_types_as_classifying_each_call_as_it_ended(CancellationToken cancellationToken)
    {
        await EndAsync(Call("a1", "79160000001", 0, talkSeconds: 90), cancellationToken);
        await EndAsync(Call("a2", "79160000001", 5, talkSeconds: 120), cancellationToken);
        await EndAsync(Call("b1", "79160000002", 1, status: "Missed"), cancellationToken);
        await EndAsync(Call("b2", "79160000002", 2, talkSeconds: 65), cancellationToken);
        var asEnded = await AllTypesAsync(cancellationToken);

        await Sut.ReclassifyAllAsync(Default, cancellationToken);

        Assert.That(await AllTypesAsync(cancellationToken), Is.EqualTo(asEnded));
    }

    [Test]
    public async Task A_number_a_manager_called_before_is_not_unique_when_it_calls_in_and_the_outgoing_call_has_no_types(CancellationToken cancellationToken)
    {
        // An outgoing call: the manager (extension 101) is the caller, the client's number the one dialled.
        await EndAsync(Call("o1", "101", 0, talkSeconds: 300) with { TrackingNumber = "79160000005", Direction = CallRow.OutboundDirection }, cancellationToken);
        await EndAsync(Call("i1", "79160000005", 1, talkSeconds: 90), cancellationToken);
        await EndAsync(Call("i2", "101", 2, talkSeconds: 90), cancellationToken);

        Assert.That(await TypesAsync("o1", cancellationToken), Is.EqualTo(new CallTypes()), "an outgoing call is no client's call: neither unique nor target");
        Assert.That(await TypesAsync("i1", cancellationToken), Is.EqualTo(new CallTypes { Target = true, FirstTarget = true }), "a returning client, though their first call in");
        Assert.That(await TypesAsync("i2", cancellationToken), Is.EqualTo(new CallTypes { Unique = true, Target = true, FirstTarget = true, UniqueTarget = true }), "a manager's own calls out are not that number's history");
    }

    [Test]
    public async Task A_callback_that_connected_long_enough_is_a_target_call_of_its_client(CancellationToken cancellationToken)
    {
        await EndAsync(Call("c1", "79160000006", 0, talkSeconds: 90, status: "CallbackConnected") with { Direction = CallRow.CallbackDirection }, cancellationToken);

        Assert.That(await TypesAsync("c1", cancellationToken), Is.EqualTo(new CallTypes { Unique = true, Target = true, FirstTarget = true, UniqueTarget = true }));
    }

    private SqliteCallTypeRepository Sut => new(Database.ConnectionFactory);

    private async Task EndAsync(CallRow call, CancellationToken cancellationToken, string? site = null, CallTypeRule[]? rules = null)
    {
        await new SqliteCallRepository(Database.ConnectionFactory).InsertAsync(call, cancellationToken);
        if (site is not null)
        {
            await new SqliteCallAttributionRepository(Database.ConnectionFactory).InsertAsync(
                new CallAttributionRow { CallId = call.Id, TrackingNumber = call.TrackingNumber, Reason = "Exact", Site = site, Source = "google", AttributedAt = call.ArrivedAt },
                cancellationToken);
        }

        await Sut.ClassifyAsync(call.Id, rules ?? Default, cancellationToken);
    }

    private async Task<CallTypes> TypesAsync(string id, CancellationToken cancellationToken) =>
        await Sut.GetAsync(id, cancellationToken) ?? throw new AssertionException($"call {id} is not classified");

    private async Task<List<CallTypes>> AllTypesAsync(CancellationToken cancellationToken)
    {
        var ids = await Database.QueryAsync<string>("SELECT id FROM calls ORDER BY id", cancellationToken);
        var types = new List<CallTypes>();
        foreach (var id in ids)
        {
            types.Add(await TypesAsync(id, cancellationToken));
        }

        return types;
    }

    private static CallRow Call(string id, string caller, int day, int talkSeconds = 0, string status = "Answered") => new()
    {
        Id = id,
        ChannelId = "ch-" + id,
        TrackingNumber = "74950000001",
        CallerNumber = caller,
        RouteName = "sales",
        ArrivedAt = Day0.AddDays(day),
        AnsweredAt = status == "Answered" ? Day0.AddDays(day).AddSeconds(5) : null,
        EndedAt = Day0.AddDays(day).AddSeconds(5 + talkSeconds),
        WaitSeconds = 5,
        TalkSeconds = talkSeconds,
        Status = status,
    };
}
