using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CallTracker.Fakes;

/// <summary>The <c>/ari/events</c> WebSocket: registers the apps, then sends their events in order.</summary>
public sealed partial class FakeAsterisk
{
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
            var sending = SendEventsAsync(webSocket, socket, _core.Options.WireTap, context.RequestAborted);
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

    private static async Task SendEventsAsync(WebSocket webSocket, EventSocket socket, IWireTap? tap, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var json in socket.Outbox.Reader.ReadAllAsync(cancellationToken))
            {
                tap?.EventSending(json);
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
