using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

[CancelAfter(5_000)]
public sealed class SimultaneousRingTests
{
    [Test]
    public async Task Every_phone_rings_at_once_and_the_first_to_answer_takes_the_call_while_the_others_stop(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall();
        var ringing = CreateSut("PJSIP/101", "PJSIP/102", "PJSIP/103").RingAsync(call, cancellationToken);
        Assert.That(call.Dialled, Has.Count.EqualTo(3), "all three ring before anyone answers");

        call.Attempt("PJSIP/102").End(DialOutcome.Answered);
        var result = await ringing;

        Assert.That(result.Connected?.Target.Endpoint, Is.EqualTo("PJSIP/102"));
        Assert.That(call.Dialled.Where(a => a.Cancelled).Select(a => a.Target.Endpoint), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/103" }));
    }

    [Test]
    public async Task Two_answering_in_the_same_instant_leave_exactly_one_connected(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall { Phones = { ["PJSIP/101"] = DialOutcome.Answered, ["PJSIP/102"] = DialOutcome.Answered } };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That(call.PutThrough, Has.Count.EqualTo(1));
        Assert.That(result.Connected?.Target.Endpoint, Is.EqualTo(call.PutThrough[0]));
        Assert.That(await call.Attempt(call.PutThrough[0] == "PJSIP/101" ? "PJSIP/102" : "PJSIP/101").Outcome, Is.EqualTo(DialOutcome.Answered).Or.EqualTo(DialOutcome.Cancelled));
    }

    [Test]
    public async Task Phones_that_fail_are_waited_out_until_one_answers(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall { Phones = { ["PJSIP/101"] = DialOutcome.Busy, ["PJSIP/102"] = DialOutcome.Unavailable } };
        var ringing = CreateSut("PJSIP/101", "PJSIP/102", "PJSIP/103").RingAsync(call, cancellationToken);

        call.Attempt("PJSIP/103").End(DialOutcome.Answered);

        Assert.That((await ringing).Connected?.Target.Endpoint, Is.EqualTo("PJSIP/103"));
    }

    [Test]
    public async Task All_busy_is_everyone_busy(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall { Phones = { ["PJSIP/101"] = DialOutcome.Busy, ["PJSIP/102"] = DialOutcome.Busy } };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That((result.EveryoneBusy, result.Attempts), Is.EqualTo((true, 2)));
    }

    [Test]
    public async Task A_caller_who_hangs_up_stops_every_ringing_phone(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall();
        var ringing = CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        call.CallerHangsUp();
        var result = await ringing;

        Assert.That((result.CallerLeft, call.Dialled.Count(a => a.Cancelled)), Is.EqualTo((true, 2)));
    }

    [Test]
    public async Task A_manager_who_declines_after_the_whisper_leaves_the_route_unanswered(CancellationToken cancellationToken)
    {
        var call = new FakeRingCall
        {
            Phones = { ["PJSIP/101"] = DialOutcome.Answered },
            Connects = { ["PJSIP/101"] = ConnectResult.Declined },
        };

        var result = await CreateSut("PJSIP/101", "PJSIP/102").RingAsync(call, cancellationToken);

        Assert.That((result.Connected, result.CallerLeft, call.Attempt("PJSIP/102").Cancelled), Is.EqualTo(((IDialAttempt?)null, false, true)));
    }

    private static SimultaneousRing CreateSut(params string[] endpoints) => new(FakeRingCall.Targets(endpoints));
}
