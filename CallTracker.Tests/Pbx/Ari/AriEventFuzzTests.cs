using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Ari;

/// <summary>Thousands of malformed frames and events on the ARI event socket: the reader must log each clearly and keep going.</summary>
public sealed class AriEventFuzzTests
{
    private const int Frames = 3_000;

    private const string ValidStart = """
        {"type":"StasisStart","timestamp":"2025-03-04T10:00:00.000+0000","args":["inbound","74950000001"],"application":"calltracker",
         "channel":{"id":"1.1","name":"PJSIP/trunk-1","state":"Ring","caller":{"name":"","number":"79160000000"},"connected":{"name":"","number":""},
         "dialplan":{"context":"from-trunk","exten":"74950000001","priority":1},"creationtime":"2025-03-04T10:00:00.000+0000","language":"en"}}
        """;

    [Test]
    [CancelAfter(60_000)]
    public async Task Malformed_frames_are_each_logged_and_the_socket_keeps_delivering_events(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        var sink = new Sink();
        var logs = new ListLogger();
        using var sut = new AriEventSocket(
            Options.Create(new AriOptions { Url = asterisk.BaseUri.ToString(), Username = "calltracker", Password = "secret", ReconnectMinDelayMs = 20, ReconnectMaxDelayMs = 100 }),
            sink,
            TimeProvider.System,
            logs);
        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => sut.State == AriConnectionState.Connected, "the socket opens", cancellationToken);
        var random = new Random(20261202);

        asterisk.SendRawFrames(Enumerable.Range(0, Frames).Select(_ => Frame(random)));
        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "79161112233", null, cancellationToken);
        await Eventually.ThatAsync(() => sink.Events.OfType<StasisStartEvent>().Any(e => e.Channel.Id == caller.ChannelId), "the real call's StasisStart arrives after the garbage", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.That(sut.OpenCount, Is.EqualTo(1), "no frame broke the connection");
        Assert.That(logs.Messages, Has.None.Contains("   at "), "no stack traces");
        Assert.That(logs.Messages.Count(m => m.StartsWith("ARI event could not be decoded (", StringComparison.Ordinal)), Is.GreaterThan(Frames / 2), "each bad frame is logged with what was wrong");
    }

    private static string Frame(Random random)
    {
        var valid = ValidStart;
        return random.Next(8) switch
        {
            0 => valid[..random.Next(valid.Length)],
            1 => valid.Replace("\"Ring\"", random.Next(2) == 0 ? "42" : "{\"x\":[]}", StringComparison.Ordinal),
            2 => valid.Replace("\"channel\":{", "\"channel\":null,\"x\":{", StringComparison.Ordinal),
            3 => valid.Replace("StasisStart", random.Next(2) == 0 ? "NoSuchEvent" : "", StringComparison.Ordinal),
            4 => new string('[', random.Next(1, 3_000)),
            5 => valid.Replace("2025-03-04T10:00:00.000+0000", "yesterday", StringComparison.Ordinal),
            6 => random.Next(3) switch { 0 => "null", 1 => "[]", _ => "\"text\"" },
            _ => new string((char)random.Next(1, 0xD7FF), random.Next(0, 5_000)),
        };
    }

    private sealed class Sink : IAriEventSink
    {
        public ConcurrentQueue<AriEvent> Events { get; } = new();

        public void OnEvent(AriEvent ariEvent) => Events.Enqueue(ariEvent);

        public void OnConnected(int openCount)
        {
        }
    }
}
