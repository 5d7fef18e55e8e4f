using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fakes;

/// <summary>Calls end to end: DTMF timing, caller id on the phone, causes heard, bridged media and digits.</summary>
public sealed partial class FakeAsteriskTests
{
    private static readonly string[] RingingThenUp = ["Ringing", "Up"];
    private static readonly string[] Beep = ["sound:beep"];

    [Test]
    [CancelAfter(10_000)]
    public async Task Caller_DTMF_arrives_one_event_per_digit_at_the_end_of_each_digit(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000015", "79161234567", null, cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);

        // Act: transcript 15 — a 100 ms digit ends 200 ms after the request; the next 100 ms gap + 100 ms later.
        await caller.SendDtmfAsync("1#", cancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(199));
        var early = asterisk.SentEvents.Count(e => e.Type == "ChannelDtmfReceived");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var first = await events.WaitForAsync("ChannelDtmfReceived", cancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(200));
        var second = await events.WaitForAsync(e => (string?)e["digit"] == "#", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero);
            Assert.That((string?)first["digit"], Is.EqualTo("1"));
            Assert.That((int?)first["duration_ms"], Is.EqualTo(100));
            Assert.That((string?)second["channel"]!["id"], Is.EqualTo(caller.ChannelId));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_phone_that_answers_shows_the_legs_connected_line_and_the_leg_goes_Up(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/201", PhoneBehaviour.AnswerAfter(TimeSpan.FromSeconds(1)));
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        using var http = CreateClient(asterisk);
        var body = new JsonObject
        {
            ["endpoint"] = "PJSIP/201",
            ["app"] = "calltracker",
            ["variables"] = new JsonObject { ["CALLERID(num)"] = "74950000017", ["CONNECTEDLINE(num)"] = "79161234517", ["CONNECTEDLINE(name)"] = "Caller" },
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var created = await http.PostAsync(new Uri("ari/channels/create", UriKind.Relative), content, cancellationToken);
        var legId = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync(cancellationToken))!["id"]!;

        // Act
        await PostAsync(http, $"ari/channels/{legId}/dial?timeout=20", HttpStatusCode.NoContent, cancellationToken);
        await events.WaitForAsync(e => (string?)e["dialstatus"] == "RINGING", cancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));
        await events.WaitForAsync(e => (string?)e["dialstatus"] == "ANSWER", cancellationToken);

        // Assert
        var phone = asterisk.FindPhoneLeg("PJSIP/201")!;
        var states = events.Events.Where(e => (string?)e["type"] == "ChannelStateChange").Select(e => (string?)e["channel"]!["state"]);
        Assert.Multiple(() =>
        {
            Assert.That(phone.ChannelId, Is.EqualTo(legId));
            Assert.That(phone.CallerIdNumberShown, Is.EqualTo("79161234517"));
            Assert.That(phone.CallerIdNameShown, Is.EqualTo("Caller"));
            Assert.That(states, Is.EqualTo(RingingThenUp));
            Assert.That(events.Events.Count(e => (string?)e["type"] == "StasisStart"), Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Hanging_up_the_caller_with_reason_busy_gives_the_caller_cause_17(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000009", "79160000009", "Busy Caller", cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);
        using var http = CreateClient(asterisk);

        // Act
        using var response = await http.DeleteAsync(new Uri($"ari/channels/{caller.ChannelId}?reason=busy", UriKind.Relative), cancellationToken);
        await caller.WaitForHangupAsync(cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(caller.HangupCauseHeard, Is.EqualTo(17));
            Assert.That(caller.IsHungUp, Is.True);
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Bridged_parties_hear_the_bridge_playback_and_each_others_digits(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/202", PhoneBehaviour.Manual());
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000002", "79161234567", "Test Caller", cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);
        using var http = CreateClient(asterisk);
        await PostAsync(http, $"ari/channels/{caller.ChannelId}/answer", HttpStatusCode.NoContent, cancellationToken);
        var legId = await CreateLegAsync(http, "PJSIP/202", cancellationToken);
        await PostAsync(http, $"ari/channels/{legId}/dial", HttpStatusCode.NoContent, cancellationToken);
        var phone = asterisk.FindPhoneLeg("PJSIP/202")!;
        await phone.AnswerAsync(cancellationToken);
        await PostAsync(http, "ari/bridges/b1?type=mixing", HttpStatusCode.OK, cancellationToken);
        await PostAsync(http, $"ari/bridges/b1/addChannel?channel={caller.ChannelId},{legId}", HttpStatusCode.NoContent, cancellationToken);

        // Act
        await PostAsync(http, "ari/bridges/b1/play?media=sound:beep", HttpStatusCode.Created, cancellationToken);
        await caller.SendDtmfAsync("5", cancellationToken);
        time.Advance(TimeSpan.FromMilliseconds(200));
        await events.WaitForAsync("ChannelDtmfReceived", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(caller.MediaHeard, Is.EqualTo(Beep));
            Assert.That(phone.MediaHeard, Is.EqualTo(Beep));
            Assert.That(phone.DtmfHeard, Is.EqualTo("5"));
            Assert.That(caller.DtmfHeard, Is.Empty);
        });
    }
}
