using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls.Ringing.Sticky;

public sealed class StickyRingTests
{
    private const string Caller = "+7 916 123-45-67";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly RouteTarget[] Targets =
    [
        new("PJSIP/101", "Anna", TimeSpan.FromSeconds(20)),
        new("PJSIP/102", "Boris", TimeSpan.FromSeconds(20)),
        new("PJSIP/103", "Vera", TimeSpan.FromSeconds(20)),
    ];

    private FakeTimeProvider time = null!;
    private ManagerLoad load = null!;
    private LastManagers lastManagers = null!;

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(Now);
        load = new ManagerLoad();
        lastManagers = new LastManagers(Options.Create(new RoutingOptions { StickyDays = 90 }), time);
    }

    [Test, CancelAfter(5_000)]
    public async Task Caller_answered_before_rings_the_free_manager_who_talked_to_them_last_first(CancellationToken cancellationToken)
    {
        lastManagers.Remember("79161234567", "PJSIP/102", Now.AddDays(-10));
        var call = Call(Caller, answering: "PJSIP/102");

        var result = await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call), Is.EqualTo(new[] { "PJSIP/102" }));
        Assert.That(result.Connected!.Target.Endpoint, Is.EqualTo("PJSIP/102"));
    }

    [Test, CancelAfter(5_000)]
    public async Task Last_manager_who_does_not_answer_is_followed_by_the_others_in_the_routes_order(CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/102", Now.AddDays(-10));
        var call = Call(Caller);

        var result = await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call), Is.EqualTo(new[] { "PJSIP/102", "PJSIP/101", "PJSIP/103" }), "each phone once");
        Assert.That(result.Attempts, Is.EqualTo(3));
    }

    [Test, CancelAfter(5_000)]
    public async Task Last_manager_busy_on_another_call_leaves_the_routes_order(CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/102", Now.AddDays(-10));
        using var otherCall = load.Hold("PJSIP/102");
        var call = Call(Caller);

        await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
    }

    [Test, CancelAfter(5_000)]
    public async Task Last_manager_free_again_after_another_call_goes_first(CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/103", Now.AddDays(-10));
        load.Hold("PJSIP/103").Dispose();
        var call = Call(Caller);

        await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call)[0], Is.EqualTo("PJSIP/103"));
    }

    [TestCase("79169999999", TestName = "A caller nobody answered before rings in the route's order")]
    [TestCase("", TestName = "A withheld number rings in the route's order")]
    [CancelAfter(5_000)]
    public async Task Caller_without_a_last_manager_rings_in_the_routes_order(string callerNumber, CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/102", Now.AddDays(-10));
        var call = Call(callerNumber);

        await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
    }

    [Test, CancelAfter(5_000)]
    public async Task Caller_last_answered_before_the_window_rings_in_the_routes_order(CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/102", Now.AddDays(-89));
        time.Advance(TimeSpan.FromDays(2));
        var call = Call(Caller);

        await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
    }

    [Test, CancelAfter(5_000)]
    public async Task Last_manager_who_is_not_a_target_of_the_route_leaves_the_routes_order(CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/201", Now.AddDays(-1));
        var call = Call(Caller);

        await CreateSut().RingAsync(call, cancellationToken);

        Assert.That(Rung(call), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
    }

    [Test, CancelAfter(5_000)]
    public async Task The_route_says_Sticky_and_gets_the_sticky_strategy(CancellationToken cancellationToken)
    {
        lastManagers.Remember(Caller, "PJSIP/103", Now.AddDays(-1));
        var route = new Route("sales", AnswerCaller: false, "default", Targets, Ring: RingMode.Sticky);
        var call = Call(Caller);

        await new RingStrategies(new DealerRotation(load, time), lastManagers, load).For(route, route.Targets).RingAsync(call, cancellationToken);

        Assert.That(Rung(call)[0], Is.EqualTo("PJSIP/103"));
    }

    /// <summary>A call from <paramref name="callerNumber"/> whose phones do not answer, but for <paramref name="answering"/>.</summary>
    private static FakeRingCall Call(string callerNumber, string? answering = null)
    {
        var call = new FakeRingCall { CallerNumber = callerNumber };
        foreach (var target in Targets)
        {
            call.Phones[target.Endpoint] = target.Endpoint == answering ? DialOutcome.Answered : DialOutcome.NoAnswer;
        }

        return call;
    }

    private static List<string> Rung(FakeRingCall call) => call.Dialled.Select(a => a.Target.Endpoint).ToList();

    private StickyRing CreateSut() => new(Targets, lastManagers, load);
}
