using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(30_000)]
public sealed class VoiceMenuCallTests
{
    private const string MenuNumber = "74950000002";
    private const string CallerNumber = "79161234567";

    [Test]
    public async Task Caller_who_presses_nothing_and_hangs_up_gets_status_IvrNoInput(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.NoInputPrompt, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("IvrNoInput"));
            Assert.That(kinds, Does.Contain("MenuEntered").And.Contain("MenuNoInput").And.Contain("MenuFinished"));
        });
    }

    [Test]
    public async Task Caller_who_presses_a_wrong_digit_and_hangs_up_gets_status_IvrInvalidInput(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.Choose, cancellationToken);
        await caller.SendDtmfAsync("5", cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.InvalidPrompt, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.That(call.Status, Is.EqualTo("IvrInvalidInput"));
    }

    [Test]
    public async Task Caller_who_dials_an_extension_that_does_not_exist_gets_status_IvrInvalidInput(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.Choose, cancellationToken);
        await caller.SendDtmfAsync("555", cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.InvalidPrompt, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.That(call.Status, Is.EqualTo("IvrInvalidInput"));
    }

    [Test]
    public async Task Caller_who_hangs_up_during_the_greeting_gets_status_HungUpInGreeting_with_seconds_listened(CancellationToken cancellationToken)
    {
        var asterisk = new FakeAsteriskOptions { MediaDurations = { [IvrConfig.Welcome] = TimeSpan.FromSeconds(20) } };
        await using var pbx = await StartAsync(cancellationToken, asterisk);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.Welcome, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("HungUpInGreeting"));
            Assert.That(call.IvrListenedSeconds, Is.InRange(0, 5));
            Assert.That(caller.MediaHeard, Does.Not.Contain(IvrConfig.Choose));
        });
    }

    [Test]
    public async Task Silent_caller_is_connected_by_the_fallback_and_keeps_status_Answered(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var events = await pbx.CallEvents.ListForCallAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
            Assert.That(events.Select(e => e.Kind), Does.Contain("MenuFallbackTaken"));
            Assert.That(events.Single(e => e.Kind == "MenuFinished").DetailJson, Does.Contain("\"failure\":\"NoInput\""));
        });
    }

    [Test]
    public async Task Caller_who_falls_back_after_a_wrong_key_and_hangs_up_while_ringing_gets_status_IvrInvalidInput(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.Choose, cancellationToken);
        await caller.SendDtmfAsync("7", cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "the fallback rings sales", cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.That(call.Status, Is.EqualTo("IvrInvalidInput"));
    }

    [Test]
    public async Task Caller_who_presses_1_is_put_through_to_sales(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.Choose, cancellationToken);
        await caller.SendDtmfAsync("1", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(kinds, Does.Contain("MenuPressed").And.Not.Contain("MenuFallbackTaken"));
        });
    }

    [Test]
    public async Task Caller_who_dials_an_extension_rings_that_manager(CancellationToken cancellationToken)
    {
        await using var pbx = await StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(MenuNumber, CallerNumber, null, cancellationToken);
        await WaitToHearAsync(caller, IvrConfig.Choose, cancellationToken);
        await caller.SendDtmfAsync("102", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/102"));
    }

    internal static Task<PbxHarness> StartAsync(CancellationToken cancellationToken, FakeAsteriskOptions? asterisk = null) =>
        PbxHarness.StartAsync(IvrConfig.Routing, IvrConfig.Menus, asterisk ?? new FakeAsteriskOptions(), cancellationToken);

    internal static Task WaitToHearAsync(FakeCaller caller, string media, CancellationToken cancellationToken) =>
        Eventually.ThatAsync(() => caller.MediaHeard.Contains(media), $"the caller hears {media}", cancellationToken);
}
