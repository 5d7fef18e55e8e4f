using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Ari;

[CancelAfter(20_000)]
public sealed class AriEventSocketTests
{
    [Test]
    public async Task Events_arrive_typed_with_the_fields_asterisk_sent(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        var sink = new RecordingSink();
        using var sut = CreateSut(asterisk, sink, new ListLogger());
        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => sut.State == AriConnectionState.Connected, "the socket opens", cancellationToken);

        var caller = await asterisk.PlaceInboundCallAsync("74950000001", "+79161112233", "Иван Петров", cancellationToken);
        await Eventually.ThatAsync(() => sink.Events.OfType<StasisStartEvent>().Any(), "StasisStart arrives", cancellationToken);
        await sut.StopAsync(cancellationToken);
        var start = sink.Events.OfType<StasisStartEvent>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(start.Args, Is.EqualTo(new[] { "inbound", "74950000001" }));
            Assert.That(start.Channel.Id, Is.EqualTo(caller.ChannelId));
            Assert.That(start.Channel.State, Is.EqualTo("Ring"));
            Assert.That(start.Channel.Caller, Is.EqualTo(new CallTracker.Pbx.Ari.Models.CallerId("Иван Петров", "+79161112233")));
            Assert.That(start.Application, Is.EqualTo("calltracker"));
            Assert.That(start.Timestamp.Year, Is.GreaterThan(2000));
        });
    }

    [Test]
    public async Task Dropped_socket_is_reopened_and_each_open_reported_for_reconciling(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        var sink = new RecordingSink();
        var logs = new ListLogger();
        using var sut = CreateSut(asterisk, sink, logs);
        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => sut.OpenCount == 1, "the socket opens", cancellationToken);

        await asterisk.DropEventSocketsAsync(cancellationToken);
        await Eventually.ThatAsync(() => sut.OpenCount == 2 && sut.State == AriConnectionState.Connected, "the socket reopens", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(sink.Opens, Is.EqualTo(new[] { 1, 2 }), "every open is reported, the reconnect as the second");
            Assert.That(logs.Messages, Has.Exactly(1).Contains("is down"), "one line per state change");
            Assert.That(logs.Messages, Has.Exactly(2).Contains("connected"));
            Assert.That(logs.Messages, Has.None.Contains("secret"), "the password is never logged");
        });
    }

    [Test]
    public async Task Unreachable_asterisk_is_retried_until_it_answers(CancellationToken cancellationToken)
    {
        var logs = new ListLogger();
        using var sut = CreateSut(new Uri("http://127.0.0.1:9/"), new RecordingSink(), logs);

        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => logs.Messages.Count(m => m.Contains("unreachable", StringComparison.Ordinal) || m.Contains("is down", StringComparison.Ordinal)) >= 2, "several attempts", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(sut.OpenCount, Is.Zero);
            Assert.That(logs.Messages, Has.Exactly(1).Contains("is down"), "the first failure is a warning, retries are debug");
        });
    }

    [Test]
    public async Task A_second_service_taking_the_app_over_is_logged_as_an_error_naming_the_likely_cause(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        var logs = new ListLogger();
        using var first = CreateSut(asterisk, new RecordingSink(), logs);
        await first.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => first.OpenCount == 1, "the first service connects", cancellationToken);

        using var second = CreateSut(asterisk, new RecordingSink(), new ListLogger());
        await second.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => logs.Messages.Any(m => m.Contains("Another connection registered Stasis app calltracker", StringComparison.Ordinal)), "the first hears it was replaced", cancellationToken);
        await second.StopAsync(cancellationToken);
        await first.StopAsync(cancellationToken);

        Assert.That(logs.Messages.Single(m => m.StartsWith("Another connection", StringComparison.Ordinal)), Does.Contain("Ari:AppName"));
    }

    [Test]
    public async Task Server_that_never_answers_the_upgrade_is_given_up_at_the_request_timeout_and_retried(CancellationToken cancellationToken)
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<System.Net.Sockets.TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                held.Add(await silent.AcceptTcpClientAsync(cancellationToken));
            }
        }, cancellationToken);
        var logs = new ListLogger();
        var url = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/");
        using var sut = new AriEventSocket(
            Options.Create(new AriOptions { Url = url.ToString(), Username = "calltracker", Password = "secret", RequestTimeoutSeconds = 1, ReconnectMinDelayMs = 20, ReconnectMaxDelayMs = 100 }),
            new RecordingSink(),
            TimeProvider.System,
            logs);

        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => logs.Messages.Any(m => m.Contains("no answer to the WebSocket upgrade within 1 s", StringComparison.Ordinal)), "the silent server is given up on", cancellationToken);
        await sut.StopAsync(cancellationToken);
        held.ForEach(c => c.Dispose());

        Assert.That(sut.OpenCount, Is.Zero);
    }

    private static AriEventSocket CreateSut(FakeAsterisk asterisk, IAriEventSink sink, ListLogger logs) => CreateSut(asterisk.BaseUri, sink, logs);

    private static AriEventSocket CreateSut(Uri url, IAriEventSink sink, ListLogger logs) =>
        new(
            Options.Create(new AriOptions { Url = url.ToString(), Username = "calltracker", Password = "secret", ReconnectMinDelayMs = 20, ReconnectMaxDelayMs = 100 }),
            sink,
            TimeProvider.System,
            logs);

    private sealed class RecordingSink : IAriEventSink
    {
        public ConcurrentQueue<AriEvent> Events { get; } = new();

        public ConcurrentQueue<int> Opens { get; } = new();

        public void OnEvent(AriEvent ariEvent) => Events.Enqueue(ariEvent);

        public void OnConnected(int openCount) => Opens.Enqueue(openCount);
    }
}
