using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(30_000)]
public sealed class VoicemailCallTests
{
    [Test]
    public async Task Off_hours_caller_leaves_a_voicemail_that_is_kept_and_flagged_off_hours(CancellationToken cancellationToken)
    {
        await using var pbx = await VoiceMenuCallTests.StartAsync(cancellationToken);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000003", "79161234567", null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Voicemail"));
            Assert.That(call.OffHours, Is.True);
            Assert.That(call.VoicemailPath, Does.StartWith("/var/spool/asterisk/recording/voicemail/").And.EndWith($"/{call.Id}.wav"));
            Assert.That(call.VoicemailSeconds, Is.GreaterThanOrEqualTo(1));
            Assert.That(caller.MediaHeard, Does.Contain("sound:vm-intro"));
            Assert.That(pbx.Asterisk.StoredRecordings, Has.Some.EndsWith(call.Id));
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101"), Is.Null, "nobody is rung off hours");
        });
    }

    [Test]
    public async Task Off_hours_caller_hears_the_message_and_the_call_is_OffHours(CancellationToken cancellationToken)
    {
        await using var pbx = await VoiceMenuCallTests.StartAsync(cancellationToken);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000006", "79161234567", null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("OffHours"));
            Assert.That(call.OffHours, Is.True);
            Assert.That(caller.MediaHeard, Is.EqualTo(new[] { "sound:custom/closed" }));
            Assert.That(caller.IsHungUp, Is.True);
        });
    }

    [Test]
    public async Task Off_hours_caller_is_sent_to_the_off_hours_route(CancellationToken cancellationToken)
    {
        await using var pbx = await VoiceMenuCallTests.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000007", "79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/102"));
            Assert.That(call.OffHours, Is.True);
            Assert.That(pbx.Asterisk.FindPhoneLeg("PJSIP/101"), Is.Null);
        });
    }

    [Test]
    public async Task Voicemail_of_a_caller_who_hangs_up_at_once_is_discarded_and_the_call_stays_Missed(CancellationToken cancellationToken)
    {
        await using var pbx = await VoiceMenuCallTests.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.Requests.Any(r => r.Path.EndsWith("/record", StringComparison.Ordinal)), "recording starts", cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Missed"));
            Assert.That(call.VoicemailPath, Is.Null);
            Assert.That(kinds, Does.Contain("VoicemailDiscarded"));
            Assert.That(pbx.Asterisk.StoredRecordings, Has.None.EndsWith(call.Id), "the empty file is deleted");
        });
    }

    [Test]
    public async Task Caller_whom_nobody_answers_can_leave_a_voicemail(CancellationToken cancellationToken)
    {
        await using var pbx = await VoiceMenuCallTests.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Busy());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Voicemail"));
            Assert.That(call.OffHours, Is.False);
            Assert.That(call.VoicemailSeconds, Is.GreaterThanOrEqualTo(1));
        });
    }
}
