using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Fakes;

[TestFixture]
public sealed class FakeAsteriskTests
{
    private const string Credentials = "calltracker:secret";

    private static readonly string[] BeforeBusyDelay =
    [
        "ChannelDialplan", "ChannelVarset", "StasisStart", "Dial", "Dial",
    ];

    private static readonly string[] BusySequence =
    [
        "Dial ", "Dial BUSY", "ChannelHangupRequest 17", "StasisEnd", "ChannelVarset STASISSTATUS=SUCCESS", "ChannelDestroyed 17 User busy",
    ];

    private static readonly string[] NoAnswerSequence =
    [
        "Dial ", "ChannelStateChange Ringing", "Dial RINGING", "ChannelHangupRequest 32 soft", "StasisEnd",
        "ChannelVarset STASISSTATUS=SUCCESS", "ChannelDestroyed 19 User alerting, no answer",
    ];

    private static readonly string[] CallerHangupSequence =
    [
        "ChannelStateChange Up", "ChannelHangupRequest 16", "StasisEnd", "ChannelVarset STASISSTATUS=SUCCESS",
        "ChannelHangupRequest 16 soft", "ChannelDestroyed 16 Normal Clearing",
    ];

    [Test]
    [CancelAfter(10_000)]
    public async Task Inbound_call_yields_StasisStart_with_the_recorded_fields(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var recorded = TranscriptFolder.Load("02-inbound-call").EventsOf("calltracker").First(e => e.EventType == "StasisStart").Event!;

        // Act
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", "Test Caller", cancellationToken);
        var start = await events.WaitForAsync("StasisStart", cancellationToken);

        // Assert
        Assert.That(caller.DeliveredToStasis, Is.True);
        Assert.That(Keys(start), Is.EqualTo(Keys(recorded)));
        var channel = start["channel"]!.AsObject();
        Assert.That(Keys(channel), Is.EqualTo(Keys(recorded["channel"]!.AsObject())));
        Assert.That(Keys(channel["dialplan"]!.AsObject()), Is.EqualTo(Keys(recorded["channel"]!["dialplan"]!.AsObject())));
        Assert.Multiple(() =>
        {
            Assert.That((string?)channel["id"], Is.EqualTo(caller.ChannelId));
            Assert.That((string?)channel["name"], Does.Match(@"^PJSIP/trunk-[0-9a-f]{8}$"));
            Assert.That((string?)channel["state"], Is.EqualTo("Ring"));
            Assert.That(start["args"]!.ToJsonString(), Is.EqualTo("[\"inbound\",\"74950000001\"]"));
            Assert.That(channel["caller"]!.ToJsonString(), Is.EqualTo(recorded["channel"]!["caller"]!.ToJsonString()));
            Assert.That(channel["dialplan"]!.ToJsonString(), Is.EqualTo(recorded["channel"]!["dialplan"]!.ToJsonString()));
            Assert.That((string?)start["application"], Is.EqualTo("calltracker"));
            Assert.That((string?)start["timestamp"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$"));
            Assert.That((string?)start["asterisk_id"], Is.Not.Empty);
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Request_without_credentials_is_401_with_the_Basic_challenge(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        using var http = new HttpClient { BaseAddress = asterisk.BaseUri };

        // Act
        using var response = await http.GetAsync(new Uri("ari/channels", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Basic realm=\"Asterisk REST Interface\""));
            Assert.That(body, Is.EqualTo("{\"message\":\"Authentication required\"}"));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Dialling_a_busy_phone_yields_Dial_BUSY_and_the_hangup_five_seconds_later(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Busy());
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        using var http = CreateClient(asterisk);
        var legId = await CreateLegAsync(http, "PJSIP/101", cancellationToken);
        await SubscribeAsync(http, legId, cancellationToken);

        // Act
        await PostAsync(http, $"ari/channels/{legId}/dial?timeout=15", HttpStatusCode.NoContent, cancellationToken);
        await events.WaitForAsync(e => (string?)e["dialstatus"] == "BUSY", cancellationToken);
        var beforeDelay = TypesFor(events, legId);
        time.Advance(TimeSpan.FromSeconds(5));
        await events.WaitForAsync(e => (string?)e["type"] == "ChannelDestroyed", cancellationToken);

        // Assert
        Assert.That(beforeDelay, Is.EqualTo(BeforeBusyDelay));
        var afterDial = events.Events.SkipWhile(e => (string?)e["type"] != "Dial").ToList();
        Assert.That(afterDial.Select(Describe), Is.EqualTo(BusySequence));
        Assert.That(asterisk.FindPhoneLeg("PJSIP/101")!.IsHungUp, Is.True);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_phone_that_never_answers_is_hung_up_at_the_dial_timeout_with_cause_19(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/102", PhoneBehaviour.NeverAnswer());
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        using var http = CreateClient(asterisk);
        var legId = await CreateLegAsync(http, "PJSIP/102", cancellationToken);
        await SubscribeAsync(http, legId, cancellationToken);
        await PostAsync(http, $"ari/channels/{legId}/dial?timeout=5", HttpStatusCode.NoContent, cancellationToken);
        await events.WaitForAsync(e => (string?)e["dialstatus"] == "RINGING", cancellationToken);

        // Act
        time.Advance(TimeSpan.FromSeconds(4.9));
        var stillRinging = events.Events.Count;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await events.WaitForAsync("ChannelDestroyed", cancellationToken);

        // Assert
        var afterDial = events.Events.SkipWhile(e => (string?)e["type"] != "Dial").Select(Describe).ToList();
        Assert.That(afterDial, Is.EqualTo(NoAnswerSequence));
        Assert.That(events.Events.Take(stillRinging).Any(e => (string?)e["type"] == "ChannelHangupRequest"), Is.False);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Dropping_the_event_sockets_closes_them_and_keeps_the_channels(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000014", "79161234567", "Test Caller", cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);
        using var http = CreateClient(asterisk);

        // Act
        await asterisk.DropEventSocketsAsync(cancellationToken);
        var channels = await GetJsonAsync(http, "ari/channels", cancellationToken);
        var application = await GetJsonAsync(http, "ari/applications/calltracker", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(asterisk.ConnectedSockets, Is.Zero);
            Assert.That(channels.AsArray().Select(c => (string?)c!["id"]), Does.Contain(caller.ChannelId));
            Assert.That(application["channel_ids"]!.AsArray().Select(c => (string?)c), Does.Contain(caller.ChannelId));
            Assert.That(caller.IsHungUp, Is.False);
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Caller_hangup_after_an_explicit_subscription_yields_ChannelDestroyed(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", "Test Caller", cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);
        using var http = CreateClient(asterisk);
        await SubscribeAsync(http, caller.ChannelId, cancellationToken);
        await PostAsync(http, $"ari/channels/{caller.ChannelId}/answer", HttpStatusCode.NoContent, cancellationToken);

        // Act
        await caller.HangupAsync(cancellationToken);
        await events.WaitForAsync("ChannelDestroyed", cancellationToken);

        // Assert
        var afterAnswer = events.Events.Skip(1).Select(Describe).ToList();
        Assert.That(afterAnswer, Is.EqualTo(CallerHangupSequence));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task DisposeAsync_rethrows_what_went_wrong_in_the_server(CancellationToken cancellationToken)
    {
        // Arrange: a second dial of a leg still Down crashed Asterisk 22 (transcript 13); the fake records it.
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        asterisk.SetPhone("PJSIP/103", PhoneBehaviour.Busy());
        await using (var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken))
        {
            using var http = CreateClient(asterisk);
            var legId = await CreateLegAsync(http, "PJSIP/103", cancellationToken);
            await PostAsync(http, $"ari/channels/{legId}/dial", HttpStatusCode.NoContent, cancellationToken);
            await PostAsync(http, $"ari/channels/{legId}/dial", HttpStatusCode.NoContent, cancellationToken);
        }

        // Act
        var error = Assert.ThrowsAsync<InvalidOperationException>(async () => await asterisk.DisposeAsync());

        // Assert
        Assert.That(error!.Message, Does.Contain("dialled a second time"));
    }

    private static async Task<(FakeAsterisk Asterisk, FakeTimeProvider Time)> CreateSutAsync(CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { TimeProvider = time }, cancellationToken);
        return (asterisk, time);
    }

    private static HttpClient CreateClient(FakeAsterisk asterisk)
    {
        var http = new HttpClient { BaseAddress = asterisk.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Credentials)));
        return http;
    }

    private static async Task<string> CreateLegAsync(HttpClient http, string endpoint, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["endpoint"] = endpoint, ["app"] = "calltracker", ["appArgs"] = "manager-leg," + endpoint };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("ari/channels/create", UriKind.Relative), content, cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var channel = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        return (string)channel["id"]!;
    }

    private static Task SubscribeAsync(HttpClient http, string channelId, CancellationToken cancellationToken) =>
        PostAsync(http, "ari/applications/calltracker/subscription?eventSource=channel%3A" + channelId, HttpStatusCode.OK, cancellationToken);

    private static async Task PostAsync(HttpClient http, string path, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null, cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(expected), path);
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
    }

    private static List<string> Keys(JsonObject json) => json.Select(p => p.Key).ToList();

    private static List<string> TypesFor(AriEventStream events, string channelId) =>
        events.Events.Where(e => (string?)(e["channel"] ?? e["peer"])?["id"] == channelId).Select(e => (string)e["type"]!).ToList();

    private static string Describe(JsonObject e)
    {
        var type = (string)e["type"]!;
        return type switch
        {
            "Dial" => "Dial " + (string?)e["dialstatus"],
            "ChannelStateChange" => type + " " + (string?)e["channel"]!["state"],
            "ChannelVarset" => type + " " + (string?)e["variable"] + "=" + (string?)e["value"],
            "ChannelHangupRequest" => type + " " + (int?)e["cause"] + ((bool?)e["soft"] == true ? " soft" : string.Empty),
            "ChannelDestroyed" => type + " " + (int?)e["cause"] + " " + (string?)e["cause_txt"],
            _ => type,
        };
    }
}
