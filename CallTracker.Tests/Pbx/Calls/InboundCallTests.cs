using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(30_000)]
public sealed class InboundCallTests
{
    private const string TrackingNumber = "74950000001";
    private const string CallerNumber = "79161234567";

    [Test]
    public async Task First_manager_who_answers_is_bridged_with_the_caller_and_the_call_is_Answered(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, "Test Caller", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
            Assert.That(call.TrackingNumber, Is.EqualTo(TrackingNumber));
            Assert.That(call.CallerNumber, Is.EqualTo(CallerNumber));
            Assert.That(call.AnsweredAt, Is.Not.Null);
            Assert.That(call.EndedAt, Is.GreaterThanOrEqualTo(call.AnsweredAt!.Value));
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True, "the manager's leg is hung up when the caller leaves");
        });
    }

    // The leg's caller id is set whole, as "name" <number>: Asterisk takes the number after the last '<' and only the
    // outer quotes off the name, so quotes and angle brackets inside a name reach the phone as they are.
    [TestCase("Ivan Petrov", "Ivan Petrov")]
    [TestCase("Ivan \"Vanya\" Petrov", "Ivan \"Vanya\" Petrov")]
    [TestCase("Petrov <Sales>", "Petrov <Sales>")]
    [TestCase(null, null)]
    public async Task Manager_phone_shows_the_callers_own_number_and_name(string? callerName, string? nameShown, CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, callerName, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);
        var phone = pbx.Asterisk.FindPhoneLeg("PJSIP/101")!;

        Assert.Multiple(() =>
        {
            Assert.That(phone.CallerIdNumberShown, Is.EqualTo(CallerNumber));
            Assert.That(phone.CallerIdNameShown, Is.EqualTo(nameShown));
        });
        await caller.HangupAsync(cancellationToken);
    }

    [Test]
    public async Task Managers_are_rung_one_after_another_until_one_answers(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 1);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(2, cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/102")!.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/102"));
            Assert.That(call.WaitSeconds, Is.GreaterThanOrEqualTo(1), "the caller waited while 101 rang");
            Assert.That(
                kinds.Where(k => k != "Attributed"),
                Is.EqualTo(new[] { "Arrived", "ManagerRinging", "ManagerNoAnswer", "ManagerRinging", "ManagerAnswered", "Answered", "ManagerHungUp", "Ended" }));
            Assert.That(kinds, Has.One.EqualTo("Attributed"), "attribution runs beside the ringing, so its place in the order is not fixed");
            Assert.That(caller.IsHungUp, Is.True, "the caller is hung up when the manager leaves");
        });
    }

    [Test]
    public async Task Nobody_answering_gives_status_Missed(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 1);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Reject(21));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Missed"));
            Assert.That(call.AnsweredBy, Is.Null);
            Assert.That(call.TalkSeconds, Is.Zero);
            Assert.That(kinds, Does.Contain("ManagerNoAnswer").And.Contain("ManagerUnavailable").And.Contain("RouteExhausted"));
            Assert.That(caller.IsHungUp, Is.True);
        });
    }

    [Test]
    public async Task Every_manager_busy_gives_status_Busy_and_the_caller_hears_busy(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Busy());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Busy());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Busy"));
            Assert.That(caller.HangupCauseHeard, Is.EqualTo(17));
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True, "we hang up a busy leg ourselves instead of waiting for Asterisk");
        });
    }

    [Test]
    public async Task Caller_who_hangs_up_while_managers_ring_gets_status_CallerHungUpBeforeAnswer(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("CallerHungUpBeforeAnswer"));
            Assert.That(call.AnsweredAt, Is.Null);
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True, "the ringing manager stops ringing");
        });
    }

    [Test]
    public async Task Unknown_tracking_number_takes_the_default_route_and_is_recorded_as_unknown(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74957777777", CallerNumber, null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var arrived = (await pbx.CallEvents.ListForCallAsync(call.Id, cancellationToken))[0];

        Assert.Multiple(() =>
        {
            Assert.That(call.RouteName, Is.EqualTo("sales"));
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(arrived.Kind, Is.EqualTo("Arrived"));
            Assert.That(arrived.DetailJson, Does.Contain("\"knownNumber\":false"));
        });
    }

    [Test]
    public async Task Route_that_answers_the_caller_plays_hold_music_until_a_manager_answers(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, answerCaller: true);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await caller.WaitForStateAsync("Up", cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.AnswerAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.Requests.Any(r => r.Method == "DELETE" && r.Path.EndsWith("/moh", StringComparison.Ordinal)), "hold music stops", cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(pbx.Asterisk.Requests.Any(r => r.Method == "POST" && r.Path.EndsWith("/moh", StringComparison.Ordinal)), Is.True);
            Assert.That(call.Status, Is.EqualTo("Answered"));
        });
    }
}
