using CallTracker.Pbx.Calls;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(10_000)]
public sealed class CallSetupGateTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));

    [Test]
    public void A_caller_waits_for_nothing_when_no_call_is_being_set_up(CancellationToken cancellationToken)
    {
        using var sut = new CallSetupGate(time);
        sut.Enter().Dispose();

        Assert.That(sut.WhenClearAsync(cancellationToken).IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task A_caller_is_rung_once_the_last_call_being_set_up_has_dialled(CancellationToken cancellationToken)
    {
        using var sut = new CallSetupGate(time);
        var first = sut.Enter();
        var second = sut.Enter();

        var waiting = sut.WhenClearAsync(cancellationToken);
        first.Dispose();
        first.Dispose();
        var afterOne = waiting.IsCompleted;
        second.Dispose();
        await waiting;

        Assert.That(afterOne, Is.False, "one call still before its first dial holds the ringing; leaving twice counts once");
    }

    [Test]
    public async Task A_call_that_never_dials_holds_a_caller_no_longer_than_MaxHold(CancellationToken cancellationToken)
    {
        using var sut = new CallSetupGate(time);
        using var stuck = sut.Enter();

        var waiting = sut.WhenClearAsync(cancellationToken);
        time.Advance(CallSetupGate.MaxHold - TimeSpan.FromMilliseconds(1));
        var early = waiting.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await waiting;

        Assert.That(early, Is.False);
    }

    [Test]
    public async Task Held_back_requests_go_out_at_most_MaxReleasedAtOnce_at_a_time_once_the_calls_have_dialled(CancellationToken cancellationToken)
    {
        using var sut = new CallSetupGate(time);
        var dialling = sut.Enter();
        var running = 0;
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, CallSetupGate.MaxReleasedAtOnce + 8)
            .Select(_ => sut.SendOnceClearAsync(
                async () =>
                {
                    Interlocked.Increment(ref running);
                    await answer.Task;
                },
                cancellationToken))
            .ToList();
        await Task.Delay(20, cancellationToken);
        var sentWhileDialling = Volatile.Read(ref running);

        dialling.Dispose();
        await Eventually.ThatAsync(() => Volatile.Read(ref running) == CallSetupGate.MaxReleasedAtOnce, "the first requests go out", cancellationToken);
        await Task.Delay(20, cancellationToken);
        var sentBeforeAnyAnswer = Volatile.Read(ref running);
        answer.SetResult();
        await Task.WhenAll(sends);

        Assert.That((sentWhileDialling, sentBeforeAnyAnswer, running), Is.EqualTo((0, CallSetupGate.MaxReleasedAtOnce, CallSetupGate.MaxReleasedAtOnce + 8)));
    }
}
