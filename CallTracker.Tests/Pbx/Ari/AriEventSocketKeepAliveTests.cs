using CallTracker.Pbx.Ari;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Ari;

/// <summary>
/// Asterisk 22 crashes on a PONG it did not ask for; .NET's default keep-alive sends exactly that. These run the real
/// socket for a few keep-alive periods of one second, against a fake that drops such a PONG as a crash would.
/// </summary>
[CancelAfter(20_000)]
public sealed class AriEventSocketKeepAliveTests
{
    [Test]
    public async Task Keep_alive_sends_pings_and_never_an_unsolicited_pong(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var sut = CreateSut(asterisk, new ListLogger());

        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => asterisk.PingsReceived >= 2, "two keep-alive pings reach Asterisk", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(asterisk.UnsolicitedPongs, Is.Zero);
            Assert.That(sut.OpenCount, Is.EqualTo(1), "the connection stayed up");
        });
    }

    [Test]
    public async Task Half_open_socket_whose_pings_go_unanswered_is_noticed_and_reopened(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        var logs = new ListLogger();
        using var sut = CreateSut(asterisk, logs);
        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(() => sut.OpenCount == 1, "the socket opens", cancellationToken);

        asterisk.AnswersPings = false;
        await Eventually.ThatAsync(() => logs.Messages.Any(m => m.Contains("is down", StringComparison.Ordinal)), "the dead connection is noticed", cancellationToken);
        asterisk.AnswersPings = true;
        await Eventually.ThatAsync(() => sut.OpenCount >= 2 && sut.State == AriConnectionState.Connected, "the socket reopens", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.That(asterisk.UnsolicitedPongs, Is.Zero);
    }

    private static AriEventSocket CreateSut(FakeAsterisk asterisk, ListLogger logs) =>
        new(
            Options.Create(new AriOptions
            {
                Url = asterisk.BaseUri.ToString(),
                Username = "calltracker",
                Password = "secret",
                ReconnectMinDelayMs = 20,
                ReconnectMaxDelayMs = 100,
                KeepAliveSeconds = 1,
                KeepAliveTimeoutSeconds = 1,
            }),
            new NullSink(),
            TimeProvider.System,
            logs);

    private sealed class NullSink : IAriEventSink
    {
        public void OnEvent(CallTracker.Pbx.Ari.Events.AriEvent ariEvent)
        {
        }

        public void OnConnected(int openCount)
        {
        }
    }
}
