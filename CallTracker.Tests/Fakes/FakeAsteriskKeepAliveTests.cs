using System.Net.WebSockets;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>
/// The event socket's control frames against a real <see cref="ClientWebSocket"/>: .NET's keep-alive is what is under
/// test, so these run on real time with short intervals.
/// </summary>
[TestFixture]
public sealed class FakeAsteriskKeepAliveTests
{
    [Test]
    [CancelAfter(5_000)]
    public async Task Client_sending_unsolicited_PONGs_is_dropped_without_a_close_frame(CancellationToken cancellationToken)
    {
        // Arrange: KeepAliveInterval without KeepAliveTimeout makes .NET send unsolicited PONGs.
        await using var asterisk = await CreateSutAsync(cancellationToken);
        using var socket = await ConnectAsync(asterisk, TimeSpan.FromMilliseconds(100), null, cancellationToken);

        // Act
        var receive = ReceiveAsync(socket, cancellationToken);
        var failure = await CatchAsync(receive, cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(failure, Is.InstanceOf<WebSocketException>(), "the connection drops");
            Assert.That(((WebSocketException)failure!).WebSocketErrorCode, Is.EqualTo(WebSocketError.ConnectionClosedPrematurely), "no close frame");
            Assert.That(asterisk.UnsolicitedPongs, Is.EqualTo(1));
        });
        await Eventually.ThatAsync(() => asterisk.ConnectedSockets == 0, "the fake forgets the socket", cancellationToken);
    }

    [Test]
    [CancelAfter(5_000)]
    public async Task Client_sending_PINGs_gets_PONGs_and_stays_connected(CancellationToken cancellationToken)
    {
        // Arrange: with KeepAliveTimeout too, .NET sends PINGs and drops the connection if no PONG comes in time.
        await using var asterisk = await CreateSutAsync(cancellationToken);
        using var socket = await ConnectAsync(asterisk, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(300), cancellationToken);

        // Act
        var receive = ReceiveAsync(socket, cancellationToken);
        await Eventually.ThatAsync(() => asterisk.PingsReceived >= 3 || receive.IsCompleted, "three PINGs arrive", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(receive.IsCompleted, Is.False, "the client's read is still waiting for events");
            Assert.That(socket.State, Is.EqualTo(WebSocketState.Open));
            Assert.That(asterisk.UnsolicitedPongs, Is.Zero);
            Assert.That(asterisk.ConnectedSockets, Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(5_000)]
    public async Task Unanswered_PINGs_let_the_client_notice_a_half_open_socket(CancellationToken cancellationToken)
    {
        // Arrange
        await using var asterisk = await CreateSutAsync(cancellationToken);
        asterisk.AnswersPings = false;
        using var socket = await ConnectAsync(asterisk, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), cancellationToken);

        // Act
        var failure = await CatchAsync(ReceiveAsync(socket, cancellationToken), cancellationToken);

        // Assert: .NET reports the missing PONG as an aborted read whose cause is a WebSocketException.
        Assert.Multiple(() =>
        {
            Assert.That(socket.State, Is.EqualTo(WebSocketState.Aborted));
            Assert.That(Causes(failure).OfType<WebSocketException>(), Is.Not.Empty, "the client's keep-alive timed out");
            Assert.That(asterisk.PingsReceived, Is.GreaterThanOrEqualTo(1));
            Assert.That(asterisk.UnsolicitedPongs, Is.Zero);
        });
    }

    [Test]
    [CancelAfter(5_000)]
    public async Task Event_socket_connections_are_refused_until_accepted_again(CancellationToken cancellationToken)
    {
        // Arrange
        await using var asterisk = await CreateSutAsync(cancellationToken);
        asterisk.AcceptsEventSockets = false;

        // Act
        var refused = await CatchAsync(ConnectAsync(asterisk, TimeSpan.Zero, null, cancellationToken), cancellationToken);
        asterisk.AcceptsEventSockets = true;
        using var socket = await ConnectAsync(asterisk, TimeSpan.Zero, null, cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.InstanceOf<WebSocketException>());
            Assert.That(socket.State, Is.EqualTo(WebSocketState.Open));
        });
        await Eventually.ThatAsync(() => asterisk.ConnectedSockets == 1, "the second attempt connects", cancellationToken);
    }

    private static Task<FakeAsterisk> CreateSutAsync(CancellationToken cancellationToken) =>
        FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);

    private static async Task<ClientWebSocket> ConnectAsync(FakeAsterisk asterisk, TimeSpan interval, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = interval;
        if (timeout is { } value)
        {
            socket.Options.KeepAliveTimeout = value;
        }

        var uri = new UriBuilder(asterisk.BaseUri) { Scheme = "ws", Path = "/ari/events", Query = "app=calltracker&api_key=calltracker:secret" }.Uri;
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Reads until the connection ends; a pending read is what processes the PONGs of .NET's keep-alive.</summary>
    private static async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private static async Task<Exception?> CatchAsync(Task task, CancellationToken cancellationToken)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
    }

    private static IEnumerable<Exception> Causes(Exception? exception)
    {
        if (exception is null)
        {
            yield break;
        }

        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var cause in inner.SelectMany(Causes))
        {
            yield return cause;
        }
    }
}
