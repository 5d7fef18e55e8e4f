using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using CallTracker.Tests.Pbx.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

/// <summary>Route "priority" of <see cref="RingPlanRouting"/>: group 1 is 101; group 2 is 102 and 103 at once.</summary>
[CancelAfter(5_000)]
public sealed class PriorityRingTests
{
    [Test]
    public async Task Second_group_rings_all_at_once_when_nobody_in_the_first_answers(CancellationToken cancellationToken)
    {
        var (sut, call) = CreateSut();

        var ringing = sut.RingAsync(call, cancellationToken);
        (await call.DialledAsync("PJSIP/101", cancellationToken)).Complete(DialOutcome.NoAnswer);
        var second = await call.DialledAsync("PJSIP/102", cancellationToken);
        var third = await call.DialledAsync("PJSIP/103", cancellationToken);
        third.Complete(DialOutcome.Answered);
        var result = await ringing;

        Assert.Multiple(() =>
        {
            Assert.That(result.Connected, Is.SameAs(third));
            Assert.That(call.Rung, Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
            Assert.That(second.Cancelled, Is.True, "the other phone of group 2 stops ringing");
        });
    }

    [Test]
    public async Task Everyone_busy_in_every_group_rings_each_group_once_and_ends_everyone_busy(CancellationToken cancellationToken)
    {
        var (sut, call) = CreateSut();
        call.AtOnce["PJSIP/101"] = DialOutcome.Busy;
        call.AtOnce["PJSIP/102"] = DialOutcome.Busy;
        call.AtOnce["PJSIP/103"] = DialOutcome.Busy;

        var result = await sut.RingAsync(call, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.EveryoneBusy, Is.True);
            Assert.That(result.Attempts, Is.EqualTo(3));
            Assert.That(call.Rung, Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
        });
    }

    [Test]
    public async Task Group_two_never_rings_when_someone_in_group_one_answers(CancellationToken cancellationToken)
    {
        var (sut, call) = CreateSut();
        call.AtOnce["PJSIP/101"] = DialOutcome.Answered;

        var result = await sut.RingAsync(call, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Connected?.Target.Endpoint, Is.EqualTo("PJSIP/101"));
            Assert.That(call.Rung, Is.EqualTo(new[] { "PJSIP/101" }));
        });
    }

    [Test]
    public async Task Caller_who_leaves_while_group_one_rings_stops_it_and_group_two_never_rings(CancellationToken cancellationToken)
    {
        var (sut, call) = CreateSut();

        var ringing = sut.RingAsync(call, cancellationToken);
        var first = await call.DialledAsync("PJSIP/101", cancellationToken);
        call.Leave();
        var result = await ringing;

        Assert.Multiple(() =>
        {
            Assert.That(result.CallerLeft, Is.True);
            Assert.That(first.Cancelled, Is.True);
            Assert.That(call.Rung, Is.EqualTo(new[] { "PJSIP/101" }));
        });
    }

    [Test]
    public async Task Manager_who_declines_after_answering_passes_the_call_to_the_next_group(CancellationToken cancellationToken)
    {
        var (sut, call) = CreateSut();
        call.ConnectAs = ConnectResult.Declined;

        var ringing = sut.RingAsync(call, cancellationToken);
        (await call.DialledAsync("PJSIP/101", cancellationToken)).Complete(DialOutcome.Answered);
        var second = await call.DialledAsync("PJSIP/102", cancellationToken);
        call.ConnectAs = ConnectResult.Connected;
        second.Complete(DialOutcome.Answered);
        var result = await ringing;

        Assert.That(result.Connected, Is.SameAs(second));
    }

    private static (IRingStrategy Sut, ScriptedRingCall Call) CreateSut()
    {
        var route = new RouteTable(Options.Create(RingPlanRouting.Options())).Get("priority");
        var load = new ManagerLoad();
        var time = new FakeTimeProvider();
        var strategies = new RingStrategies(new DealerRotation(load, time), new LastManagers(Options.Create(new RoutingOptions()), time), load);
        return (strategies.For(route, route.Targets), new ScriptedRingCall(load));
    }
}
