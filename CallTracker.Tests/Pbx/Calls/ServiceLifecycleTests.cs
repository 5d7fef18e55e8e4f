using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(30_000)]
public sealed class ServiceLifecycleTests
{
    [Test]
    public async Task Calls_are_handled_again_after_the_event_socket_drops(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        await pbx.Asterisk.DropEventSocketsAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.EventSocket.OpenCount == 2 && pbx.Asterisk.ConnectedSockets == 1, "the service reconnects", cancellationToken);
        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.That(call.Status, Is.EqualTo("Answered"));
    }

    [Test]
    public async Task Call_whose_caller_left_while_the_socket_was_down_is_finished_after_reconnect(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 60);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);

        await pbx.Asterisk.DropEventSocketsAsync(cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("CallerHungUpBeforeAnswer"));
            Assert.That(pbx.Asterisk.Requests.Any(r => r.Method == "GET" && r.Path == "/ari/channels"), Is.True, "the service reconciles by listing channels");
        });
    }

    [Test]
    public async Task Stopping_the_service_hands_an_unanswered_caller_to_the_dialplan_fallback(CancellationToken cancellationToken)
    {
        var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 60);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);

        await pbx.App.StopAsync(cancellationToken);
        var call = await pbx.Calls.GetAsync((await pbx.Calls.ListRecentAsync(1, cancellationToken))[0].Id, cancellationToken);
        var continued = pbx.Asterisk.Requests.Any(r => r.Method == "POST" && r.Path == $"/ari/channels/{caller.ChannelId}/continue");
        await pbx.DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(call!.Status, Is.EqualTo("HandedToDialplan"));
            Assert.That(continued, Is.True);
        });
    }
}
