using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Fakes;

/// <summary>An app that dies and comes back (transcript 19), and the fallback dialplan that rings when it hands calls back.</summary>
public sealed partial class FakeAsteriskTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task Caller_left_in_Stasis_by_a_killed_app_is_listed_and_continue_rings_the_fallback_phone(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateFallbackSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/900", PhoneBehaviour.Manual());
        using var http = CreateClient(asterisk);
        await using var first = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await first.WaitForAsync("StasisStart", cancellationToken);
        await asterisk.DropEventSocketsAsync(cancellationToken);
        var stillInStasis = caller.StasisApp;
        await using var second = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);

        // Act
        var listed = (await GetJsonAsync(http, "ari/applications/calltracker", cancellationToken))["channel_ids"]!.AsArray().Select(n => (string?)n).ToList();
        await PostAsync(http, "ari/channels/" + caller.ChannelId + "/continue", HttpStatusCode.NoContent, cancellationToken);
        var phone = await asterisk.WaitForPhoneLegAsync("PJSIP/900", cancellationToken);
        await phone.WaitForStateAsync("Ringing", cancellationToken);
        var end = await second.WaitForAsync("StasisEnd", cancellationToken);
        await phone.AnswerAsync(cancellationToken);
        await caller.WaitForStateAsync("Up", cancellationToken);
        await phone.HangupAsync(cancellationToken);
        await caller.WaitForHangupAsync(cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(stillInStasis, Is.EqualTo("calltracker"), "a dropped socket leaves the channel in Stasis");
            Assert.That(listed, Is.EqualTo(new[] { caller.ChannelId }));
            Assert.That(second.Events.Count(e => (string?)e["type"] == "StasisStart"), Is.Zero, "no StasisStart is replayed");
            Assert.That((string?)end["channel"]!["id"], Is.EqualTo(caller.ChannelId));
            Assert.That(caller.StasisApp, Is.Null);
            Assert.That(second.Events.Select(e => (string?)e["type"]), Does.Not.Contain("ChannelVarset"), "the app hears nothing once the channel left Stasis");
            Assert.That(caller.HangupCauseHeard, Is.EqualTo(16));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Stranded_call_is_in_Stasis_without_a_StasisStart_and_later_events_reach_the_app(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateFallbackSutAsync(cancellationToken);
        await using var _ = asterisk;
        using var http = CreateClient(asterisk);
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        await Fixtures.Eventually.ThatAsync(() => asterisk.ConnectedSockets == 1, "the socket connects", cancellationToken);

        // Act
        var caller = await asterisk.PlaceStrandedCallAsync("74950000001", "79161234567", null, cancellationToken);
        var channel = await GetJsonAsync(http, "ari/channels/" + caller.ChannelId, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var end = await events.WaitForAsync("StasisEnd", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That((string?)channel["state"], Is.EqualTo("Ring"));
            Assert.That((string?)channel["dialplan"]!["app_name"], Is.EqualTo("Stasis"));
            Assert.That(events.Events.Select(e => (string?)e["type"]), Does.Not.Contain("StasisStart"));
            Assert.That((string?)end["channel"]!["id"], Is.EqualTo(caller.ChannelId));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Caller_arriving_while_no_app_is_connected_rings_the_fallback_until_its_timeout(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateFallbackSutAsync(cancellationToken);
        await using var _ = asterisk;

        // Act
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        var phone = await asterisk.WaitForPhoneLegAsync("PJSIP/900", cancellationToken);
        var ringing = phone.State;
        time.Advance(TimeSpan.FromSeconds(9.9));
        var hungUpEarly = caller.IsHungUp;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await caller.WaitForHangupAsync(cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(caller.DeliveredToStasis, Is.False);
            Assert.That(ringing, Is.EqualTo("Ringing"));
            Assert.That(hungUpEarly, Is.False, "the fallback Dial rings for its 10 s");
            Assert.That(phone.IsHungUp, Is.True);
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Newer_socket_for_the_same_app_takes_it_over_and_the_older_gets_ApplicationReplaced(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var older = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        await Fixtures.Eventually.ThatAsync(() => asterisk.ConnectedSockets == 1, "the first socket connects", cancellationToken);

        // Act
        await using var newer = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var replaced = await older.WaitForAsync("ApplicationReplaced", cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await newer.WaitForAsync("StasisStart", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That((string?)replaced["application"], Is.EqualTo("calltracker"));
            Assert.That(older.Events.Select(e => (string?)e["type"]), Is.EqualTo(new[] { "ApplicationReplaced" }), "the older socket gets nothing more");
            Assert.That(older.State, Is.EqualTo(System.Net.WebSockets.WebSocketState.Open), "Asterisk leaves the older socket open");
            Assert.That(asterisk.ConnectedSockets, Is.EqualTo(2));
            Assert.That(caller.StasisApp, Is.EqualTo("calltracker"));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Leg_answered_while_no_socket_listens_reads_Up(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        using var http = CreateClient(asterisk);
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var leg = await CreateLegAsync(http, "PJSIP/101", cancellationToken);
        await PostAsync(http, "ari/channels/" + leg + "/dial?timeout=30", HttpStatusCode.NoContent, cancellationToken);
        var phone = await asterisk.WaitForPhoneLegAsync("PJSIP/101", cancellationToken);
        await phone.WaitForStateAsync("Ringing", cancellationToken);

        // Act
        await asterisk.DropEventSocketsAsync(cancellationToken);
        await phone.AnswerAsync(cancellationToken);
        var channel = await GetJsonAsync(http, "ari/channels/" + leg, cancellationToken);
        var application = await GetJsonAsync(http, "ari/applications/calltracker", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That((string?)channel["state"], Is.EqualTo("Up"));
            Assert.That(application["channel_ids"]!.AsArray().Select(n => (string?)n), Does.Contain(leg));
        });
    }

    private static async Task<(FakeAsterisk Asterisk, FakeTimeProvider Time)> CreateFallbackSutAsync(CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero));
        var options = new FakeAsteriskOptions { TimeProvider = time, Dialplan = FakeDialplan.Fallback, FallbackDial = "PJSIP/900" };
        var asterisk = await FakeAsterisk.StartAsync(options, cancellationToken);
        return (asterisk, time);
    }
}
