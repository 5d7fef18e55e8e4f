using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

[CancelAfter(5_000)]
public sealed class SequentialRingTests
{
    [Test]
    public async Task Phones_ring_one_after_another_until_one_answers(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall { Phones = { ["PJSIP/101"] = DialOutcome.NoAnswer, ["PJSIP/102"] = DialOutcome.Answered } };

        var result = await CreateSut("PJSIP/101", "PJSIP/102", "PJSIP/103").RingAsync(call, cancellationToken);

        Assert.That(result.Connected?.Target.Endpoint, Is.EqualTo("PJSIP/102"));
        Assert.That(call.Dialled.Select(a => a.Target.Endpoint), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102" }), "103 never rings");
    }

    [Test]
    public async Task Every_phone_busy_is_everyone_busy(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall { Phones = { ["PJSIP/101"] = DialOutcome.Busy, ["PJSIP/102"] = DialOutcome.Busy } };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That((result.Connected, result.Attempts, result.Busy, result.EveryoneBusy), Is.EqualTo(((IDialAttempt?)null, 2, 2, true)));
    }

    [Test]
    public async Task One_busy_and_one_unanswered_is_not_everyone_busy(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall { Phones = { ["PJSIP/101"] = DialOutcome.Busy, ["PJSIP/102"] = DialOutcome.NoAnswer } };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That((result.EveryoneBusy, result.CallerLeft, result.Attempts), Is.EqualTo((false, false, 2)));
    }

    [Test]
    public async Task A_caller_who_hangs_up_stops_the_ringing_phone_and_no_other_rings(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall();
        var ringing = CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        call.CallerHangsUp();
        var result = await ringing;

        Assert.That((result.CallerLeft, call.Attempt("PJSIP/101").Cancelled, call.Dialled.Count), Is.EqualTo((true, true, 1)));
    }

    [Test]
    public async Task A_manager_who_declines_after_the_whisper_passes_the_call_to_the_next(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall
        {
            Phones = { ["PJSIP/101"] = DialOutcome.Answered, ["PJSIP/102"] = DialOutcome.Answered },
            Connects = { ["PJSIP/101"] = ConnectResult.Declined },
        };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That((result.Connected?.Target.Endpoint, string.Join(",", call.PutThrough)), Is.EqualTo(("PJSIP/102", "PJSIP/102")));
    }

    [Test]
    public async Task A_caller_who_leaves_while_being_put_through_ends_the_ringing(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall
        {
            Phones = { ["PJSIP/101"] = DialOutcome.Answered },
            Connects = { ["PJSIP/101"] = ConnectResult.CallerLeft },
        };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That((result.CallerLeft, call.Dialled.Count), Is.EqualTo((true, 1)));
    }

    private static SequentialRing CreateSut(params string[] endpoints) => new(FakeRingCall.Targets(endpoints));
}
