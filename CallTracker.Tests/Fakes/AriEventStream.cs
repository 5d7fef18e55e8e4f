using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fakes;

/// <summary>A raw ARI event socket for tests: collects every event and lets a test wait for one.</summary>
internal sealed class AriEventStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly List<JsonObject> _events = [];
    private readonly List<(Func<JsonObject, bool> Predicate, TaskCompletionSource<JsonObject> Found)> _waiters = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;

    private AriEventStream(ClientWebSocket socket)
    {
        _socket = socket;
    }

    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public static async Task<AriEventStream> ConnectAsync(Uri baseUri, string app, string credentials, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(baseUri)
        {
            Scheme = "ws",
            Path = "/ari/events",
            Query = "app=" + Uri.EscapeDataString(app) + "&api_key=" + Uri.EscapeDataString(credentials),
        }.Uri;
        await socket.ConnectAsync(uri, cancellationToken);
        var stream = new AriEventStream(socket);
        stream._reader = stream.ReadAsync();
        return stream;
    }

    /// <summary>The first event (already received or still to come) that matches.</summary>
    public Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, CancellationToken cancellationToken)
    {
        lock (_events)
        {
            var existing = _events.FirstOrDefault(predicate);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var found = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, found));
            return found.Task.WaitAsync(cancellationToken);
        }
    }

    public Task<JsonObject> WaitForAsync(string type, CancellationToken cancellationToken) =>
        WaitForAsync(e => (string?)e["type"] == type, cancellationToken);

    /// <summary>Waits until <paramref name="count"/> events have arrived.</summary>
    public Task WaitForCountAsync(int count, CancellationToken cancellationToken) =>
        WaitForAsync(_ => Events.Count >= count, cancellationToken);

    /// <summary>Closes with a close frame (1000).</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        await _reader.WaitAsync(cancellationToken);
    }

    /// <summary>Drops the connection without a close frame.</summary>
    public void Abort() => _socket.Abort();

    public WebSocketState State => _socket.State;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _reader;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new StringBuilder();
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Add((JsonObject)JsonNode.Parse(message.ToString())!);
                message.Clear();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket was closed or dropped.
        }
    }

    private void Add(JsonObject ev)
    {
        lock (_events)
        {
            _events.Add(ev);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(ev))
                {
                    _waiters[i].Found.TrySetResult(ev);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
