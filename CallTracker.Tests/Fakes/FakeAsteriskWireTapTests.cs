using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fakes;

/// <summary>The wire tap the ring-latency benchmark times apps with: it must see each event before the app does, and each request as sent.</summary>
public sealed class FakeAsteriskWireTapTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task Tap_sees_an_event_before_the_app_receives_it(CancellationToken cancellationToken)
    {
        // Arrange
        var tap = new RecordingTap();
        await using var asterisk = await CreateSutAsync(tap, cancellationToken);
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", "calltracker:secret", cancellationToken);

        // Act
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);
        var tappedBeforeReceipt = tap.Events.ToList();

        // Assert
        Assert.That(
            tappedBeforeReceipt.Select(json => JsonNode.Parse(json)!).Where(e => (string?)e["type"] == "StasisStart").Select(e => (string?)e["channel"]!["id"]),
            Is.EqualTo(new[] { caller.ChannelId }));
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Tap_sees_each_request_with_its_method_path_and_query(CancellationToken cancellationToken)
    {
        // Arrange
        var tap = new RecordingTap();
        await using var asterisk = await CreateSutAsync(tap, cancellationToken);
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", "calltracker:secret", cancellationToken);
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161234567", null, cancellationToken);
        await events.WaitForAsync("StasisStart", cancellationToken);
        using var http = new HttpClient { BaseAddress = asterisk.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("calltracker:secret")));

        // Act
        using var response = await http.DeleteAsync(new Uri($"ari/channels/{caller.ChannelId}?reason=busy", UriKind.Relative), cancellationToken);

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(tap.Requests, Is.EqualTo(new[] { ("DELETE", $"/ari/channels/{caller.ChannelId}", "reason=busy") }));
    }

    private static Task<FakeAsterisk> CreateSutAsync(RecordingTap tap, CancellationToken cancellationToken) =>
        FakeAsterisk.StartAsync(new FakeAsteriskOptions { WireTap = tap }, cancellationToken);

    private sealed class RecordingTap : IWireTap
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public ConcurrentQueue<(string Method, string Path, string Query)> Requests { get; } = new();

        public void EventSending(string json) => Events.Enqueue(json);

        public void RequestArrived(string method, string path, string query) => Requests.Enqueue((method, path, query));
    }
}
