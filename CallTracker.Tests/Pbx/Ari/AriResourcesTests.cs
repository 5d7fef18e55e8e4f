using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Ari;

[CancelAfter(20_000)]
public sealed class AriResourcesTests
{
    [Test]
    public async Task Bridge_takes_a_channel_plays_to_it_lets_it_go_and_is_destroyed_once(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var app = await StasisApp.ConnectAsync(asterisk, cancellationToken);
        using var sut = AriClientTests.CreateSut(asterisk);
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await sut.Channels.AnswerAsync(caller.ChannelId, cancellationToken);

        var bridge = await sut.Bridges.CreateAsync("b-1", "mixing", "call-1", cancellationToken);
        await sut.Bridges.AddChannelAsync("b-1", caller.ChannelId, cancellationToken);
        var playback = await sut.Bridges.PlayAsync("b-1", "sound:hello-world", "pb-1", null, cancellationToken);
        await Eventually.ThatAsync(() => caller.MediaHeard.Contains("sound:hello-world"), "the caller hears the bridge playback", cancellationToken);
        await sut.Bridges.RemoveChannelAsync("b-1", caller.ChannelId, cancellationToken);
        var notMember = Assert.ThrowsAsync<AriException>(() => sut.Bridges.RemoveChannelAsync("b-1", caller.ChannelId, cancellationToken));
        var destroyed = await sut.Bridges.DestroyAsync("b-1", cancellationToken);
        var destroyedAgain = await sut.Bridges.DestroyAsync("b-1", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(bridge.Id, Is.EqualTo("b-1"));
            Assert.That(playback.Id, Is.EqualTo("pb-1"));
            Assert.That((int)notMember!.StatusCode, Is.EqualTo(422));
            Assert.That(destroyed, Is.True);
            Assert.That(destroyedAgain, Is.False, "a bridge already gone counts as destroyed");
        });
    }

    [Test]
    public async Task Stored_recording_is_read_copied_and_deleted(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var app = await StasisApp.ConnectAsync(asterisk, cancellationToken);
        using var sut = AriClientTests.CreateSut(asterisk);
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await sut.Channels.AnswerAsync(caller.ChannelId, cancellationToken);
        await sut.Channels.RecordAsync(caller.ChannelId, new RecordRequest { Name = "rec-1", MaxDurationSeconds = 1 }, cancellationToken);
        await Eventually.ThatAsync(() => asterisk.StoredRecordings.Contains("rec-1"), "the recording is stored", cancellationToken);

        var stored = await sut.Recordings.GetStoredAsync("rec-1", cancellationToken);
        var copy = await sut.Recordings.CopyStoredAsync("rec-1", "rec-1-copy", cancellationToken);
        var deleted = await sut.Recordings.DeleteStoredAsync("rec-1", cancellationToken);
        var gone = Assert.ThrowsAsync<AriException>(() => sut.Recordings.GetStoredAsync("rec-1", cancellationToken));

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(new CallTracker.Pbx.Ari.Models.StoredRecording("rec-1", "wav")));
            Assert.That(copy.Name, Is.EqualTo("rec-1-copy"));
            Assert.That(deleted, Is.True);
            Assert.That(gone!.IsNotFound, Is.True);
            Assert.That(asterisk.StoredRecordings, Is.EqualTo(new[] { "rec-1-copy" }));
        });
    }

    [Test]
    public async Task Originated_leg_carries_the_caller_id_and_dtmf_reaches_the_far_side(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        using var app = await StasisApp.ConnectAsync(asterisk, cancellationToken);
        using var sut = AriClientTests.CreateSut(asterisk);

        var leg = await sut.Channels.OriginateAsync(
            new OriginateRequest { Endpoint = "PJSIP/101", App = "calltracker", AppArgs = "callback", CallerId = "\"Ivan\" <79161112233>", ChannelId = "cb-1", Timeout = 10 },
            cancellationToken);
        await Eventually.ThatAsync(() => asterisk.FindPhoneLeg("PJSIP/101") is { } phone && !phone.IsHungUp, "the phone rings", cancellationToken);
        var phone = asterisk.FindPhoneLeg("PJSIP/101")!;
        await Eventually.ThatAsync(async () => (await sut.Channels.GetAsync("cb-1", cancellationToken)).State == "Up", "the phone answers", cancellationToken);
        await sut.Channels.SendDtmfAsync("cb-1", "42", 100, 100, cancellationToken);
        await Eventually.ThatAsync(() => phone.DtmfHeard == "42", "the phone hears the digits", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(leg.Id, Is.EqualTo("cb-1"));
            Assert.That(phone.CallerIdNumberShown, Is.EqualTo("79161112233"));
            Assert.That(phone.CallerIdNameShown, Is.EqualTo("Ivan"));
        });
    }
}
