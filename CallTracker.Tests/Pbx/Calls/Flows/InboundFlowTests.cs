using System.Net;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Calls.Flows;

/// <summary>The inbound flow on its real session and legs, with Asterisk's part played by the test on a fake clock.</summary>
[CancelAfter(10_000)]
public sealed class InboundFlowTests
{
    [Test]
    public async Task A_phone_that_never_answers_is_hung_up_at_its_ring_time_plus_grace_on_the_calls_clock_and_the_next_one_rings(CancellationToken cancellationToken)
    {
        await using var call = new FlowHarness(Route(RingMode.Sequential));
        var status = call.RunAsync();
        await call.Ari.SeenAsync($"/channels/{call.Leg(1)}/dial", cancellationToken);

        call.Time.Advance(TimeSpan.FromSeconds(24));
        var hungUpEarly = call.Ari.Requests.Any(r => r.StartsWith($"DELETE /ari/channels/{call.Leg(1)}", StringComparison.Ordinal));
        call.Time.Advance(TimeSpan.FromSeconds(1));
        await call.Ari.SeenAsync($"DELETE /ari/channels/{call.Leg(1)}?reason=no_answer", cancellationToken);
        await call.Ari.SeenAsync($"/channels/{call.Leg(2)}/dial", cancellationToken);
        call.Answer(call.Leg(2));
        await call.Ari.SeenAsync($"/addChannel?channel={call.Leg(2)}", cancellationToken);
        call.Hangup(call.Leg(2));

        Assert.That(await status, Is.EqualTo(CallStatus.Answered));
        Assert.That(hungUpEarly, Is.False, "20 s of ringing and 5 s of grace had not passed");
        Assert.That(call.Sink.Kinds, Does.Contain("ManagerNoAnswer").And.Contain("ManagerHungUp"));
    }

    [Test]
    public async Task A_caller_who_hangs_up_while_every_phone_rings_stops_them_all_and_ends_CallerHungUpBeforeAnswer(CancellationToken cancellationToken)
    {
        await using var call = new FlowHarness(Route(RingMode.Simultaneous));
        var status = call.RunAsync();
        await call.Ari.SeenAsync($"/channels/{call.Leg(2)}/dial", cancellationToken);

        call.Hangup(FlowHarness.CallerChannel);

        Assert.That(await status, Is.EqualTo(CallStatus.CallerHungUpBeforeAnswer));
        Assert.That(call.Ari.Requests.Count(r => r.StartsWith($"DELETE /ari/channels/{call.CallId}-m", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(call.Sink.Kinds.Count(k => k == "ManagerCancelled"), Is.EqualTo(2));
        Assert.That(call.Load.IsFree("PJSIP/101") && call.Load.IsFree("PJSIP/102"), Is.True, "both phones count as free again");
    }

    [Test]
    public async Task A_caller_gone_before_their_subscription_reached_asterisk_ends_CallerHungUpBeforeAnswer_not_Failed(CancellationToken cancellationToken)
    {
        // Under load the caller's subscription, sent once the first phone is dialled, can reach Asterisk after the caller hung up.
        await using var call = new FlowHarness(Route(RingMode.Sequential));
        call.Ari.Refuse($"eventSource=channel%3A{FlowHarness.CallerChannel}", HttpStatusCode.UnprocessableEntity, "Event source does not exist");
        var status = call.RunAsync();
        await call.Ari.SeenAsync($"eventSource=channel%3A{FlowHarness.CallerChannel}", cancellationToken);

        call.Hangup(FlowHarness.CallerChannel);

        Assert.That(await status, Is.EqualTo(CallStatus.CallerHungUpBeforeAnswer));
        Assert.That(call.Sink.Kinds, Does.Not.Contain("CallFailed"));
    }

    [Test]
    public async Task A_managers_phone_is_dialled_before_its_leg_is_subscribed_which_waits_for_the_calls_still_being_set_up(CancellationToken cancellationToken)
    {
        await using var call = new FlowHarness(Route(RingMode.Sequential));
        var otherCall = call.Setup.Enter();
        var status = call.RunAsync();
        await call.Ari.SeenAsync($"/channels/{call.Leg(1)}/dial", cancellationToken);
        var subscribedBeforeOthersDialled = call.Ari.Requests.Any(r => r.Contains($"eventSource=channel%3A{call.Leg(1)}", StringComparison.Ordinal));

        otherCall.Dispose();
        await call.Ari.SeenAsync($"eventSource=channel%3A{call.Leg(1)}", cancellationToken);
        call.Hangup(FlowHarness.CallerChannel);

        Assert.That(await status, Is.EqualTo(CallStatus.CallerHungUpBeforeAnswer));
        Assert.That(subscribedBeforeOthersDialled, Is.False, "the phone rang before the leg was subscribed, and the subscription waited for the other call");
    }

    [Test]
    public async Task A_leg_hung_up_before_its_subscription_had_its_turn_is_never_subscribed_and_the_call_ends_cleanly(CancellationToken cancellationToken)
    {
        await using var call = new FlowHarness(Route(RingMode.Sequential));
        using var otherCall = call.Setup.Enter();
        var status = call.RunAsync();
        await call.Ari.SeenAsync($"/channels/{call.Leg(1)}/dial", cancellationToken);

        call.Hangup(FlowHarness.CallerChannel);

        Assert.That(await status, Is.EqualTo(CallStatus.CallerHungUpBeforeAnswer));
        Assert.That(call.Ari.Requests, Has.None.Contains($"eventSource=channel%3A{call.Leg(1)}"));
        Assert.That(call.Ari.Requests, Does.Contain($"DELETE /ari/channels/{call.Leg(1)}?reason=normal"));
    }

    [Test]
    public async Task A_conversation_past_MaxTalkMinutes_is_ended_by_the_watchdog_and_stays_Answered(CancellationToken cancellationToken)
    {
        await using var call = new FlowHarness(Route(RingMode.Sequential));
        var status = call.RunAsync();
        await call.Ari.SeenAsync($"/channels/{call.Leg(1)}/dial", cancellationToken);
        call.Answer(call.Leg(1));
        await call.Ari.SeenAsync($"/addChannel?channel={call.Leg(1)}", cancellationToken);

        // The clock moves until the call has ended: its ending, once the watchdog fires, waits on the clock too.
        var started = call.Time.GetUtcNow();
        while (!status.IsCompleted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            call.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Yield();
        }

        Assert.That(await status, Is.EqualTo(CallStatus.Answered));
        Assert.That(call.Time.GetUtcNow() - started, Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes(new CallLimitsOptions().MaxTalkMinutes)));
        Assert.That(call.Sink.Kinds, Does.Contain("Stuck"));
        Assert.That(call.Ari.Requests, Does.Contain($"DELETE /ari/channels/{call.Leg(1)}?reason=normal").And.Contain($"DELETE /ari/channels/{FlowHarness.CallerChannel}?reason=normal"));
    }

    private static RouteOptions Route(RingMode ring) => new()
    {
        Name = "sales",
        Ring = ring,
        Targets = [new RouteTargetOptions { Endpoint = "PJSIP/101" }, new RouteTargetOptions { Endpoint = "PJSIP/102" }],
    };
}
