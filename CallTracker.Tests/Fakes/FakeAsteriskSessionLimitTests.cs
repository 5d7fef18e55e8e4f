using System.Net.Sockets;
using System.Text;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>Asterisk's HTTP server closes, unanswered, every connection beyond http.conf's sessionlimit.</summary>
[TestFixture]
public sealed class FakeAsteriskSessionLimitTests
{
    private const string Request = "GET /ari/asterisk/info HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic Y2FsbHRyYWNrZXI6c2VjcmV0\r\n\r\n";

    [Test]
    [CancelAfter(10_000)]
    public async Task Connection_beyond_the_session_limit_is_closed_without_an_answer(CancellationToken cancellationToken)
    {
        // Arrange: two sessions open, as an event socket and a pooled connection would be; each served once, so the
        // fake has counted both before the third arrives (Kestrel runs each connection's start on its own).
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SessionLimit = 2 }, cancellationToken);
        using var first = await ConnectAsync(asterisk, cancellationToken);
        using var second = await ConnectAsync(asterisk, cancellationToken);
        var served = new[] { await ExchangeAsync(first, cancellationToken), await ExchangeAsync(second, cancellationToken) };

        // Act
        var refused = await ConnectAndExchangeAsync(asterisk, cancellationToken);
        var answered = await ExchangeAsync(first, cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(served, Has.All.StartWith("HTTP/1.1 200"), "connections within the limit are served");
            Assert.That(refused, Is.Empty, "no answer on the connection past the limit");
            Assert.That(asterisk.RefusedSessions, Is.EqualTo(1));
            Assert.That(answered, Does.StartWith("HTTP/1.1 200"), "a connection within the limit stays served");
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_closed_session_makes_room_for_a_new_one(CancellationToken cancellationToken)
    {
        // Arrange
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SessionLimit = 1 }, cancellationToken);
        using (var first = await ConnectAsync(asterisk, cancellationToken))
        {
            Assert.That(await ExchangeAsync(first, cancellationToken), Does.StartWith("HTTP/1.1 200"));
        }

        // Act: the fake notices the close on its own time, as Asterisk's session thread does.
        var answer = "";
        await Eventually.ThatAsync(
            async () =>
            {
                using var next = await ConnectAsync(asterisk, cancellationToken);
                answer = await ExchangeAsync(next, cancellationToken);
                return answer.Length > 0;
            },
            "a new connection is served once the first has closed",
            TimeSpan.FromSeconds(5),
            cancellationToken);

        // Assert
        Assert.That(answer, Does.StartWith("HTTP/1.1 200"));
    }

    private static async Task<TcpClient> ConnectAsync(FakeAsterisk asterisk, CancellationToken cancellationToken)
    {
        var client = new TcpClient();
        await client.ConnectAsync(asterisk.BaseUri.Host, asterisk.BaseUri.Port, cancellationToken);
        return client;
    }

    /// <summary>
    /// A connection the fake closes at once can be reset before the client has even seen it open: under load the
    /// connect itself fails, which is no answer too.
    /// </summary>
    private static async Task<string> ConnectAndExchangeAsync(FakeAsterisk asterisk, CancellationToken cancellationToken)
    {
        try
        {
            using var client = await ConnectAsync(asterisk, cancellationToken);
            return await ExchangeAsync(client, cancellationToken);
        }
        catch (SocketException)
        {
            return "";
        }
    }

    /// <summary>Sends one request and reads what comes back before the server answers or closes: empty when it closed first.</summary>
    private static async Task<string> ExchangeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var stream = client.GetStream();
        var buffer = new byte[4096];
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Request), cancellationToken);
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
