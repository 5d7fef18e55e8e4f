using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using CallTracker.Tests.Pbx.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

/// <summary>Route "dealers" of <see cref="RingPlanRouting"/>: north (101, weight 3) and south (102, weight 1).</summary>
[CancelAfter(10_000)]
public sealed class WeightedRingTests
{
    /// <summary>Monday 10:00 in Moscow: dealer "east" is open.</summary>
    private static readonly DateTimeOffset OfficeHours = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private ManagerLoad load = null!;
    private FakeTimeProvider time = null!;

    /// <summary>Each test starts with no calls on any phone and the clock at <see cref="OfficeHours"/>.</summary>
    [SetUp]
    public void SetUp()
    {
        load = new ManagerLoad();
        time = new FakeTimeProvider(OfficeHours);
    }

    [Test]
    public async Task Weights_3_to_1_give_the_heavier_dealer_three_first_choices_in_four_spread_out(CancellationToken cancellationToken)
    {
        var sut = CreateSut(RingPlanRouting.Options());
        var firstChoices = new List<string>();

        for (var i = 0; i < 400; i++)
        {
            var call = NewCall($"call-{i}");
            call.AtOnce["PJSIP/101"] = DialOutcome.Answered;
            call.AtOnce["PJSIP/102"] = DialOutcome.Answered;
            var result = await sut.RingAsync(call, cancellationToken);
            firstChoices.Add(result.Connected!.Target.Dealer!);
            call.End();
        }

        Assert.Multiple(() =>
        {
            Assert.That(firstChoices.Count(d => d == "north"), Is.EqualTo(300));
            Assert.That(firstChoices.Count(d => d == "south"), Is.EqualTo(100));
            Assert.That(firstChoices.Take(8), Is.EqualTo(new[] { "north", "north", "south", "north", "north", "north", "south", "north" }));
        });
    }

    [Test]
    public async Task Nobody_answering_at_the_chosen_dealer_overflows_to_the_next(CancellationToken cancellationToken)
    {
        var sut = CreateSut(RingPlanRouting.Options());
        var call = NewCall();

        var ringing = sut.RingAsync(call, cancellationToken);
        (await call.DialledAsync("PJSIP/101", cancellationToken)).Complete(DialOutcome.NoAnswer);
        (await call.DialledAsync("PJSIP/102", cancellationToken)).Complete(DialOutcome.Answered);
        var result = await ringing;

        Assert.Multiple(() =>
        {
            Assert.That(result.Connected?.Target.Endpoint, Is.EqualTo("PJSIP/102"));
            Assert.That(call.Attempts.Select(a => a.Target.Dealer), Is.EqualTo(new[] { "north", "south" }));
            Assert.That(call.Attempts[0].Target.RingTime, Is.EqualTo(TimeSpan.FromSeconds(15)), "each dealer rings for its own RingSeconds");
        });
    }

    [Test]
    public async Task Dealer_at_its_cap_is_passed_over_until_a_call_of_its_ends(CancellationToken cancellationToken)
    {
        var options = RingPlanRouting.Options();
        options.Dealers[0].MaxCalls = 1;
        var sut = CreateSut(options);
        var busyWithAnotherCall = load.Hold("PJSIP/101", "another-call");
        var passedOver = NewCall("call-1");
        passedOver.AtOnce["PJSIP/102"] = DialOutcome.Answered;

        var result = await sut.RingAsync(passedOver, cancellationToken);
        busyWithAnotherCall.Dispose();
        var afterwards = NewCall("call-2");
        afterwards.AtOnce["PJSIP/101"] = DialOutcome.Answered;
        await sut.RingAsync(afterwards, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(passedOver.Rung, Is.EqualTo(new[] { "PJSIP/102" }), "north, first by weight, is at its cap");
            Assert.That(result.Connected?.Target.Dealer, Is.EqualTo("south"));
            Assert.That(afterwards.Rung, Is.EqualTo(new[] { "PJSIP/101" }));
        });
    }

    [Test]
    public async Task Two_calls_choosing_at_the_same_moment_do_not_both_take_a_dealers_last_place(CancellationToken cancellationToken)
    {
        var options = RingPlanRouting.Options();
        options.Dealers[0].MaxCalls = 1;
        var sut = CreateSut(options);
        var dialling = new TaskCompletionSource();
        var first = NewCall("call-1");
        first.DialDelay = dialling.Task;
        var second = NewCall("call-2");

        var firstRinging = sut.RingAsync(first, cancellationToken);
        var secondRinging = sut.RingAsync(second, cancellationToken);
        await second.DialledAsync("PJSIP/102", cancellationToken);
        dialling.SetResult();
        await first.DialledAsync("PJSIP/101", cancellationToken);
        first.Leave();
        second.Leave();
        await Task.WhenAll(firstRinging, secondRinging);

        Assert.Multiple(() =>
        {
            Assert.That(first.Rung, Is.EqualTo(new[] { "PJSIP/101" }));
            Assert.That(second.Rung, Is.EqualTo(new[] { "PJSIP/102" }), "north was taken by the first call, though its phone was not dialled yet");
        });
    }

    [Test]
    public async Task Dealer_rings_all_its_phones_at_once_and_a_call_counts_once_under_its_cap(CancellationToken cancellationToken)
    {
        var options = RingPlanRouting.Options();
        options.Routes.Add(new RouteOptions { Name = "east-only", Ring = RingMode.Weighted, Dealers = ["east"] });
        options.Dealers[2].MaxCalls = 2;
        var sut = CreateSut(options, "east-only");
        var (first, second, third) = (NewCall("call-1"), NewCall("call-2"), NewCall("call-3"));

        var firstRinging = sut.RingAsync(first, cancellationToken);
        await first.DialledAsync("PJSIP/104", cancellationToken);
        var ringingTogether = first.Attempts.Count(a => !a.Outcome.IsCompleted);
        var secondRinging = sut.RingAsync(second, cancellationToken);
        await second.DialledAsync("PJSIP/104", cancellationToken);
        var full = await sut.RingAsync(third, cancellationToken);
        first.Leave();
        second.Leave();
        await Task.WhenAll(firstRinging, secondRinging);

        Assert.Multiple(() =>
        {
            Assert.That(ringingTogether, Is.EqualTo(2), "103 still rings when 104 is dialled");
            Assert.That(second.Rung, Is.EquivalentTo(new[] { "PJSIP/103", "PJSIP/104" }), "the first call, on two phones, is one call of two");
            Assert.That(third.Rung, Is.Empty, "two calls fill east's cap");
            Assert.That(full.Attempts, Is.Zero);
            Assert.That(full.CallerLeft, Is.False);
        });
    }

    [Test]
    public async Task Closed_dealer_is_passed_over_until_its_hours_begin(CancellationToken cancellationToken)
    {
        var options = RingPlanRouting.Options();
        options.Dealers[2].Weight = 5;
        options.Routes.Add(new RouteOptions { Name = "east-first", Ring = RingMode.Weighted, Dealers = ["east", "south"] });
        var sut = CreateSut(options, "east-first");
        time.SetUtcNow(OfficeHours.AddHours(9));
        var evening = NewCall("call-1");
        evening.AtOnce["PJSIP/102"] = DialOutcome.Answered;

        await sut.RingAsync(evening, cancellationToken);
        evening.End();
        time.SetUtcNow(OfficeHours.AddDays(1));
        var morning = NewCall("call-2");
        morning.AtOnce["PJSIP/103"] = DialOutcome.Answered;
        await sut.RingAsync(morning, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(evening.Rung, Is.EqualTo(new[] { "PJSIP/102" }), "19:00 in Moscow: east is closed");
            Assert.That(morning.Rung, Does.Contain("PJSIP/103"), "10:00 on Tuesday: east is open and first by weight");
        });
    }

    [Test]
    public async Task Caller_who_leaves_while_a_dealer_rings_stops_it_and_no_other_dealer_rings(CancellationToken cancellationToken)
    {
        var sut = CreateSut(RingPlanRouting.Options());
        var call = NewCall();

        var ringing = sut.RingAsync(call, cancellationToken);
        var north = await call.DialledAsync("PJSIP/101", cancellationToken);
        call.Leave();
        var result = await ringing;

        Assert.Multiple(() =>
        {
            Assert.That(result.CallerLeft, Is.True);
            Assert.That(north.Cancelled, Is.True);
            Assert.That(call.Rung, Is.EqualTo(new[] { "PJSIP/101" }));
        });
    }

    private ScriptedRingCall NewCall(string callId = "call-1") => new(load, callId);

    private IRingStrategy CreateSut(RoutingOptions options, string route = "dealers")
    {
        var resolved = new RouteTable(Options.Create(options)).Get(route);
        return new RingStrategies(new DealerRotation(load, time), new LastManagers(Options.Create(options), time), load).For(resolved, resolved.Targets);
    }
}
