using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Calls.Ringing.Sticky;

public sealed class LastManagersSinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private LastManagers lastManagers = null!;

    [SetUp]
    public void SetUp() => lastManagers = new LastManagers(Options.Create(new RoutingOptions()), new FakeTimeProvider(Now));

    [Test]
    public void The_manager_who_answers_a_call_is_remembered_for_its_caller()
    {
        var sut = CreateSut();

        sut.Publish(Arrived("call-1", "79161234567"));
        sut.Publish(new CallAnswered("PJSIP/102", "Boris", Now) { CallId = "call-1", At = Now });

        Assert.That(lastManagers.Find("79161234567"), Is.EqualTo("PJSIP/102"));
    }

    [Test]
    public void A_later_call_answered_by_another_manager_replaces_the_first()
    {
        var sut = CreateSut();
        sut.Publish(Arrived("call-1", "79161234567"));
        sut.Publish(new CallAnswered("PJSIP/101", "Anna", Now.AddMinutes(-30)) { CallId = "call-1" });
        sut.Publish(new CallEnded(CallStatus.Answered) { CallId = "call-1" });

        sut.Publish(Arrived("call-2", "79161234567"));
        sut.Publish(new CallAnswered("PJSIP/102", "Boris", Now) { CallId = "call-2" });

        Assert.That(lastManagers.Find("79161234567"), Is.EqualTo("PJSIP/102"));
    }

    [Test]
    public void A_call_nobody_answers_teaches_nothing()
    {
        var sut = CreateSut();

        sut.Publish(Arrived("call-1", "79161234567"));
        sut.Publish(new RouteExhausted(2, nameof(CallStatus.Missed)) { CallId = "call-1" });
        sut.Publish(new CallEnded(CallStatus.Missed) { CallId = "call-1" });

        Assert.That(lastManagers.Count, Is.Zero);
    }

    [Test]
    public void An_outbound_call_teaches_nothing()
    {
        var sut = CreateSut();

        sut.Publish(Arrived("call-1", "79161234567") with { Direction = "Outbound" });
        sut.Publish(new CallAnswered("PJSIP/102", "Boris", Now) { CallId = "call-1" });

        Assert.That(lastManagers.Count, Is.Zero);
    }

    [Test]
    public void A_call_that_ended_is_forgotten_by_the_sink()
    {
        var sut = CreateSut();
        sut.Publish(Arrived("call-1", "79161234567"));
        sut.Publish(new CallEnded(CallStatus.CallerHungUpBeforeAnswer) { CallId = "call-1" });

        // An answer under an ended call's id cannot belong to that caller any more.
        sut.Publish(new CallAnswered("PJSIP/102", "Boris", Now) { CallId = "call-1" });

        Assert.That(lastManagers.Count, Is.Zero);
    }

    private static CallArrived Arrived(string callId, string callerNumber) =>
        new("channel-" + callId, "74950000001", callerNumber, null, "sales", KnownNumber: true, "Inbound") { CallId = callId, At = Now };

    private LastManagersSink CreateSut() => new(lastManagers);
}
