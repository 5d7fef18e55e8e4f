using CallTracker.Fakes;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Hosting;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>A route with "Ring": "Simultaneous", through the fake Asterisk.</summary>
[CancelAfter(30_000)]
public sealed class SimultaneousRingCallTests
{
    private const string TrackingNumber = "74950000001";
    private const string CallerNumber = "79161234567";

    [Test]
    public async Task Both_managers_ring_at_once_and_the_one_who_answers_is_connected_while_the_other_phone_stops(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null && pbx.Asterisk.FindPhoneLeg("PJSIP/102") is not null, "both phones ring", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/102")!.AnswerAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, "101 stops ringing", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(2, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That((call.Status, call.AnsweredBy), Is.EqualTo(("Answered", "PJSIP/102")));
            Assert.That(kinds.Count(k => k == "ManagerRinging"), Is.EqualTo(2));
            Assert.That(kinds, Does.Contain("ManagerCancelled"), "101's ringing was stopped, not missed");
        });
    }

    [Test]
    public async Task Two_managers_answering_in_the_same_instant_leave_exactly_one_connected(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null && pbx.Asterisk.FindPhoneLeg("PJSIP/102") is not null, "both phones ring", cancellationToken);
        var first = pbx.Asterisk.FindPhoneLeg("PJSIP/101")!;
        var second = pbx.Asterisk.FindPhoneLeg("PJSIP/102")!;
        await Task.WhenAll(first.AnswerAsync(cancellationToken), second.AnswerAsync(cancellationToken));
        await Eventually.ThatAsync(() => first.IsHungUp || second.IsHungUp, "one of the two is hung up", cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.Requests.Any(IsManagerJoining), "a manager joins the caller", cancellationToken);
        var connected = first.IsHungUp ? second : first;
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var joined = pbx.Asterisk.Requests.Count(IsManagerJoining);

        Assert.Multiple(() =>
        {
            Assert.That(joined, Is.EqualTo(1), "exactly one manager leg joins the caller's bridge");
            Assert.That(first.IsHungUp && second.IsHungUp, Is.True, "the loser at once, the winner when the caller leaves");
            Assert.That(call.AnsweredBy, Is.EqualTo(connected.Endpoint));
        });
    }

    [Test]
    public async Task Nobody_answering_is_Missed_after_one_ring_time_not_two(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Busy());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Missed"), "one busy, one unanswered");
            Assert.That(call.WaitSeconds, Is.LessThan(4), "both rang together for the 2 s ring time");
        });
    }

    private static bool IsManagerJoining(RecordedRequest request) =>
        request.Path.EndsWith("/addChannel", StringComparison.Ordinal) && request.Query.Contains("-m", StringComparison.Ordinal) && request.Status < 300;

    private static Task<PbxHarness> StartAsync(CancellationToken cancellationToken) =>
        PbxHarness.StartAsync(
            PbxHarness.SalesRouting().Replace("\"Name\": \"sales\",", "\"Name\": \"sales\", \"Ring\": \"Simultaneous\",", StringComparison.Ordinal),
            ServiceFolder.NoMenus,
            new FakeAsteriskOptions(),
            cancellationToken);
}
