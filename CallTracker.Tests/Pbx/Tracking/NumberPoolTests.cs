using System.Collections.Concurrent;
using CallTracker.Pbx.Tracking;

namespace CallTracker.Tests.Pbx.Tracking;

public sealed class NumberPoolTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(30);

    [Test]
    public void Visitors_get_different_numbers_in_the_listed_order()
    {
        var sut = CreateSut("n1", "n2", "n3");

        var numbers = ((string[])["a", "b", "c"]).Select(v => sut.Acquire(v, Now, Hold).Number);

        Assert.That(numbers, Is.EqualTo<string[]>(["n1", "n2", "n3"]));
    }

    [Test]
    public void A_visitor_asking_again_keeps_their_number_and_its_hold_moves_on()
    {
        var sut = CreateSut("n1", "n2");
        sut.Acquire("a", Now, Hold);

        var again = sut.Acquire("a", Now.AddMinutes(10), Hold);

        Assert.That((again.Number, again.HeldUntil), Is.EqualTo(("n1", Now.AddMinutes(40))));
    }

    [Test]
    public void A_number_stays_held_until_the_hold_after_the_last_activity_has_passed()
    {
        var sut = CreateSut("n1");
        sut.Acquire("a", Now, Hold);
        sut.Acquire("a", Now.AddMinutes(20), Hold);

        var atTheEnd = sut.Acquire("b", Now.AddMinutes(50), Hold);
        var justAfter = sut.Acquire("b", Now.AddMinutes(50).AddMilliseconds(1), Hold);

        Assert.That((atTheEnd.IsOverflow, justAfter.Number), Is.EqualTo((true, "n1")));
    }

    [Test]
    public void The_least_recently_released_number_is_handed_out_next()
    {
        var sut = CreateSut("n1", "n2", "n3");
        sut.Acquire("a", Now, Hold);
        sut.Acquire("b", Now, Hold);
        sut.Acquire("c", Now, Hold);
        sut.Acquire("a", Now.AddMinutes(5), Hold);
        sut.Acquire("c", Now.AddMinutes(2), Hold);

        var next = ((string[])["d", "e", "f"]).Select(v => sut.Acquire(v, Now.AddHours(1), Hold).Number);

        Assert.That(next, Is.EqualTo<string[]>(["n2", "n3", "n1"]));
    }

    [Test]
    public void A_returning_visitor_gets_their_old_number_back_if_nobody_took_it()
    {
        var sut = CreateSut("n1", "n2");
        sut.Acquire("a", Now, Hold);
        sut.Acquire("b", Now, Hold);

        var back = sut.Acquire("b", Now.AddHours(2), Hold);

        Assert.That(back.Number, Is.EqualTo("n2"));
    }

    [Test]
    public void A_returning_visitor_whose_number_went_to_someone_else_gets_another()
    {
        var sut = CreateSut("n1", "n2");
        sut.Acquire("a", Now, Hold);
        sut.Acquire("b", Now.AddHours(1), Hold);
        sut.Acquire("c", Now.AddHours(1), Hold);

        var back = sut.Acquire("a", Now.AddHours(1), Hold);

        Assert.That(back.IsOverflow, Is.True, "n1 went to c after a's hold, and b holds n2");
    }

    [Test]
    public void An_exhausted_pool_overflows_and_recovers_when_a_hold_ends()
    {
        var sut = CreateSut("n1");
        sut.Acquire("a", Now, Hold);

        var turnedAway = sut.Acquire("b", Now.AddMinutes(1), Hold);
        var again = sut.Acquire("c", Now.AddMinutes(2), Hold);
        var later = sut.Acquire("b", Now.AddMinutes(31), Hold);

        Assert.That((turnedAway.IsOverflow, again.IsOverflow, later.Number), Is.EqualTo((true, true, "n1")));
    }

    [Test]
    public void Restored_numbers_are_held_for_their_visitors()
    {
        var sut = CreateSut("n1", "n2");
        sut.Restore("n1", "a", Now.AddMinutes(20));
        sut.Restore("gone-from-config", "z", Now.AddMinutes(20));

        var other = sut.Acquire("b", Now, Hold);
        var owner = sut.Acquire("a", Now, Hold);

        Assert.That((other.Number, owner.Number, sut.CountHeld(Now)), Is.EqualTo(("n2", "n1", 2)));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Concurrent_visitors_never_share_a_number(CancellationToken cancellationToken)
    {
        var numbers = Enumerable.Range(0, 500).Select(i => $"n{i}").ToArray();
        var sut = CreateSut(numbers);
        var given = new ConcurrentBag<string>();

        await Parallel.ForAsync(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, (visitor, _) =>
        {
            var allocation = sut.Acquire($"v{visitor}", Now, Hold);
            if (allocation.Number is { } number)
            {
                given.Add(number);
            }

            return ValueTask.CompletedTask;
        });

        Assert.That(given, Is.Unique.And.Count.EqualTo(500));
    }

    private static NumberPool CreateSut(params string[] numbers) => new("shop", "paid", numbers);
}
