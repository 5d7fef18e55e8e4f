using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CallTracker.Tests.Fakes;

/// <summary>The <c>/ari/events</c> WebSocket: registers the apps, then sends their events in order.</summary>
public sealed partial class FakeAsterisk
{
    private int _unsolicitedPongs;
    private int _pingsReceived;
    private bool _answersPings = true;
    private bool _acceptsEventSockets = true;

    private async Task HandleEventsAsync(HttpContext context)
    {
        if (!IsAuthenticated(context.Request))
        {
            await WriteAsync(context.Response, AriResult.Error(new SimAriError(401, "Authentication required")), context.RequestAborted);
            return;
        }

        var apps = context.Request.Query["app"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (apps.Length == 0 || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<p>HTTP request is missing param: [app]</p>", context.RequestAborted);
            return;
        }

        if (!AcceptsEventSockets)
        {
            // As if the network were down: the connection ends before any answer.
            context.Abort();
            return;
        }

        var subscribeAll = string.Equals(context.Request.Query["subscribeAll"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        using var webSocket = await AcceptAsync(context);
        var socket = new EventSocket(apps, context);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_core.Gate)
        {
            _core.AddSocket(socket, subscribeAll);
            _socketHandlers.Add(done.Task);
        }

        try
        {
            var sending = SendEventsAsync(webSocket, socket, context.RequestAborted);
            await ReceiveUntilClosedAsync(webSocket, context.RequestAborted);
            lock (_core.Gate)
            {
                _core.RemoveSocket(socket);
            }

            socket.Outbox.Writer.TryComplete();
            await sending;
            if (webSocket.State == WebSocketState.CloseReceived)
            {
                await webSocket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, context.RequestAborted);
            }
        }
        catch (Exception exception) when (IsConnectionLoss(exception))
        {
            // A dropped connection: the app simply stops receiving events.
        }
        finally
        {
            lock (_core.Gate)
            {
                _core.RemoveSocket(socket);
                _socketHandlers.Remove(done.Task);
            }

            done.TrySetResult();
        }
    }

    /// <summary>
    /// Whether <c>/ari/events</c> connections are accepted; false drops each attempt before the upgrade, so a test
    /// can keep a client disconnected while something happens (a phone answers), then let it back in.
    /// </summary>
    public bool AcceptsEventSockets
    {
        get => Volatile.Read(ref _acceptsEventSockets);
        set => Volatile.Write(ref _acceptsEventSockets, value);
    }

    /// <summary>PONG frames a client sent although the fake had sent no PING; each dropped its connection (ARI README).</summary>
    public int UnsolicitedPongs => Volatile.Read(ref _unsolicitedPongs);

    /// <summary>PING frames clients sent on event sockets.</summary>
    public int PingsReceived => Volatile.Read(ref _pingsReceived);

    /// <summary>Whether PINGs are answered with a PONG, as Asterisk does; false simulates a half-open socket.</summary>
    public bool AnswersPings
    {
        get => Volatile.Read(ref _answersPings);
        set => Volatile.Write(ref _answersPings, value);
    }

    /// <summary>
    /// The upgrade done by hand: the server WebSocket of ASP.NET answers and hides control frames, and the fake must
    /// see the client's PINGs and PONGs (<see cref="ClientFrameFilter"/>). No keep-alive of its own: Asterisk sends none.
    /// </summary>
    private async Task<WebSocket> AcceptAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>()
            ?? throw new InvalidOperationException("Kestrel offers no HTTP/1.1 upgrade for this request.");
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.SecWebSocketAccept = AcceptKey(context.Request.Headers.SecWebSocketKey.ToString());
        var stream = await upgrade.UpgradeAsync();
        var hooks = new ClientFrameHooks(
            () =>
            {
                Interlocked.Increment(ref _pingsReceived);
                return AnswersPings;
            },
            () =>
            {
                Interlocked.Increment(ref _unsolicitedPongs);
                context.Abort();
            });
        return WebSocket.CreateFromStream(
            new ClientFrameFilter(stream, hooks),
            new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 6455 fixes SHA-1 for the handshake; nothing secret is hashed.")]
    private static string AcceptKey(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));

    private static async Task SendEventsAsync(WebSocket webSocket, EventSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var json in socket.Outbox.Reader.ReadAllAsync(cancellationToken))
            {
                await webSocket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        catch (Exception exception) when (IsConnectionLoss(exception))
        {
            socket.Outbox.Writer.TryComplete();
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket webSocket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (webSocket.State == WebSocketState.Open)
        {
            var received = await webSocket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private static bool IsConnectionLoss(Exception exception) =>
        exception is WebSocketException or OperationCanceledException or IOException
        || exception.GetType().Name == "ConnectionAbortedException";
}
