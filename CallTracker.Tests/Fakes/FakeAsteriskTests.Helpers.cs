using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Fakes;

/// <summary>The fake under test on a fake clock, a raw HTTP client, and how the tests read events.</summary>
public sealed partial class FakeAsteriskTests
{
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
